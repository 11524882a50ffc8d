package org.reciproque.matching.internal.ranking;

import java.util.List;

/**
 * The concepts of an indexed request and their weights, as the reverse direction (offer
 * to requests) scores them: fixed for an index snapshot, hence worth keeping while many
 * offers ask (see {@link Vocabulary#indexedConcepts}). Read-only once built.
 *
 * @param concepts the request's concepts, possibly none
 * @param weights their weights, in the same order
 */
record IndexedConcepts(List<Concept> concepts, double[] weights) {

	static final IndexedConcepts NONE = new IndexedConcepts(List.of(), new double[0]);

}
