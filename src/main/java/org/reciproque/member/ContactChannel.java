package org.reciproque.member;

/**
 * How a person accepts to be contacted.
 */
public enum ContactChannel {

	/** Through an animator, who passes messages on. */
	ANIMATOR,

	/** By email. */
	EMAIL,

	/** By phone. */
	PHONE,

	/** In person, at the next drop-in session. */
	DROP_IN

}
