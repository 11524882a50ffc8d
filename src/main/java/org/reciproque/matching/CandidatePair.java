package org.reciproque.matching;

import java.util.List;

import org.reciproque.knowledge.KnowledgeView;

/**
 * An offer that could answer a request of the same network, not proposed yet.
 *
 * @param offer the offer
 * @param request the request
 * @param score the matcher's confidence in [0, 1]
 * @param reasons why, in French
 */
public record CandidatePair(KnowledgeView offer, KnowledgeView request, double score, List<String> reasons) {

	public CandidatePair {
		reasons = List.copyOf(reasons);
	}

	public int percent() {
		return (int) Math.round(this.score * 100);
	}

}
