package org.reciproque.matching;

/**
 * Who started an introduction.
 */
public enum Initiative {

	/** An animator proposed it. */
	ANIMATOR,

	/** A member said "je suis intéressé·e" on an item. */
	MEMBER

}
