package org.reciproque.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Which items of the board could answer each other: the board links each item to the
 * strongest few of them. Today: same category and shared words
 * ({@link SharedWordMatches}); the matcher's scores are meant to take its place.
 * <p>
 * Boards are cached per network and {@link BoardVersion board version}: an implementation
 * whose answers change while the items and categories do not must bump that version when
 * they change.
 */
public interface BoardMatches {

	/**
	 * The possible matches between the offers and the requests of one row of the board (a
	 * top-level category).
	 * @return for each item id, the items of the other side that could answer it, with
	 * their strength, in any order; items without any are left out
	 */
	Map<Long, List<BoardView.Match>> between(List<KnowledgeView> offers, List<KnowledgeView> requests);

}
