package org.reciproque.matching;

/**
 * How an animator received the answer of a member who does not sign in.
 */
public enum RecordedHow {

	/** Face to face, at a drop-in or a meeting. */
	IN_PERSON,

	/** By phone. */
	PHONE,

	/** On paper (a letter, a form). */
	PAPER

}
