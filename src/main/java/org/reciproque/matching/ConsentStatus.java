package org.reciproque.matching;

/**
 * One person's answer to an introduction.
 */
public enum ConsentStatus {

	/** Not answered yet. */
	PENDING,

	/** Agreed, choosing how to be contacted. */
	ACCEPTED,

	/** Said no (no reason asked). */
	DECLINED,

	/** Did not answer in time. */
	EXPIRED,

	/** Left the network before the end. */
	WITHDRAWN

}
