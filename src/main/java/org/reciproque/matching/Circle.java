package org.reciproque.matching;

import java.util.List;

/**
 * Open reciprocity among three or more members: each could pass something on to the next,
 * the last to the first. Nobody owes anybody: it is only a way of noticing.
 *
 * @param links each member's offer to the next member's request, in circle order
 * @param score the weakest link's confidence
 */
public record Circle(List<CandidatePair> links, double score) {

	public Circle {
		links = List.copyOf(links);
	}

	public int size() {
		return this.links.size();
	}

}
