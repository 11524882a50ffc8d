package org.reciproque.matching;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Direction;

/**
 * One suggested item for another: an offer for a request, or a request for an offer.
 *
 * @param id the suggested item
 * @param direction its direction
 * @param title its title
 * @param networkId its network
 * @param network its network's slug
 * @param networkName its network's name
 * @param memberId its author
 * @param author its author's name as the reader may see it ({@code null} for another
 * network's item)
 * @param score confidence in [0, 1]
 * @param reasons why, in a few French words
 */
public record SuggestionView(long id, Direction direction, String title, long networkId, String network,
		String networkName, long memberId, @Nullable String author, double score, List<String> reasons) {

	public SuggestionView {
		reasons = List.copyOf(reasons);
	}

	/**
	 * The score as a percentage, for people.
	 */
	public int percent() {
		return (int) Math.round(this.score * 100);
	}

}
