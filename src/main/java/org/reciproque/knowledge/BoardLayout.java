package org.reciproque.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The board as built from the database, before it meets a viewer: rows by top-level
 * category, and each item's strongest possible matches. The same for every viewer (names
 * are added per viewer), so it is what the board caches.
 *
 * @param rows one row per top-level category that has items, then the items without one
 * @param offers how many offers
 * @param requests how many requests
 * @param categories the network's whole category tree, hidden categories included
 */
record BoardLayout(List<Row> rows, int offers, int requests, List<CategoryView> categories) {

	int size() {
		return this.offers + this.requests;
	}

	/**
	 * One top-level category.
	 *
	 * @param category the category, or {@code null} for the items without one
	 * @param offers its offers
	 * @param requests its requests
	 */
	record Row(@Nullable CategoryView category, List<Placed> offers, List<Placed> requests) {

	}

	/**
	 * An item in its row.
	 *
	 * @param item the offer or request
	 * @param matches its strongest possible matches, strongest first
	 * @param moreMatches how many other possible matches it has
	 */
	record Placed(KnowledgeView item, List<BoardView.Match> matches, int moreMatches) {

	}

}
