package org.reciproque.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The board: offers and requests side by side, by top-level category.
 *
 * @param columns one row of the board per top-level category that has items
 * @param offers how many offers are shown
 * @param requests how many requests are shown
 * @param categories the network's whole category tree (hidden categories included), for
 * the filters
 */
public record BoardView(List<Row> columns, int offers, int requests, List<CategoryView> categories) {

	/**
	 * One category of the board.
	 *
	 * @param category the top-level category, or {@code null} for items without one
	 * @param offers its offers
	 * @param requests its requests
	 * @param folded whether the screen shows it folded: its items are not shown there
	 * (nor are their authors resolved), only how many there are
	 */
	public record Row(@Nullable CategoryView category, List<Entry> offers, List<Entry> requests, boolean folded) {

		public String anchor() {
			return "cat-" + ((this.category != null) ? this.category.code().replace('/', '-') : "autres");
		}

	}

	/**
	 * One item on the board.
	 *
	 * @param item the offer or request
	 * @param author what the viewer may see of the author: a name for animators, first
	 * name and initial for members, nothing for visitors
	 * @param matches the items on the other side that could best answer it
	 * @param moreMatches how many other possible matches are not linked
	 */
	public record Entry(KnowledgeView item, @Nullable String author, List<Match> matches, int moreMatches) {

	}

	/**
	 * A possible match, linked on the board.
	 *
	 * @param id the other item's id
	 * @param title its title
	 * @param strength how many meaningful words they share (plus one for the same
	 * sub-category)
	 */
	public record Match(long id, String title, int strength) {

	}

}
