package org.reciproque.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of search results as the search page shows it.
 *
 * @param hits the items of this page, best first
 * @param total how many items match
 * @param page this page's number, from 1
 * @param pageCount how many pages there are
 * @param directions how many offers and how many requests match
 * @param categories how many matching items each category has, most first
 * @param categoryLabel the label of the category the results are narrowed to, if any
 */
record SearchResultsView(List<Hit> hits, long total, int page, int pageCount, List<DirectionFacet> directions,
		List<CategoryFacet> categories, @Nullable String categoryLabel) {

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pageCount;
	}

	/**
	 * One item found. Items of other networks never carry their author's name: only the
	 * network they come from, whose animation team mediates any introduction.
	 *
	 * @param id the item's id
	 * @param direction offer or request
	 * @param title its title
	 * @param categories its category labels
	 * @param excerpt the start of its description, as plain text
	 * @param author its author's name, for an item of the caller's network
	 * @param otherNetwork the name of its network, for an item of another network
	 */
	record Hit(long id, Direction direction, String title, List<String> categories, @Nullable String excerpt,
			@Nullable String author, @Nullable String otherNetwork) {
	}

	/**
	 * A direction the results can be narrowed to.
	 *
	 * @param direction offers or requests
	 * @param count how many matching items
	 * @param active whether the results are already narrowed to it
	 */
	record DirectionFacet(Direction direction, long count, boolean active) {
	}

	/**
	 * A category the results can be narrowed to.
	 *
	 * @param code the category code
	 * @param label its label
	 * @param count how many matching items
	 * @param active whether the results are already narrowed to it
	 */
	record CategoryFacet(String code, String label, long count, boolean active) {
	}

}
