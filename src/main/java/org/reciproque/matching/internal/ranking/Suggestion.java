package org.reciproque.matching.internal.ranking;

import java.util.List;

/**
 * One suggested item.
 *
 * @param id identifier given at indexing time
 * @param score confidence in [0, 1], comparable across requests (a fixed threshold
 * applies)
 * @param reasons short French explanations to show the member, strongest first
 */
public record Suggestion(String id, double score, List<String> reasons) {

	public Suggestion {
		reasons = List.copyOf(reasons);
	}

}
