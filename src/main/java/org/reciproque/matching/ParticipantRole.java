package org.reciproque.matching;

/**
 * What a person does in one introduction or exchange (never a label on the person: the
 * same member passes on here and learns there).
 */
public enum ParticipantRole {

	/** Passes their knowledge on. */
	PASSES_ON,

	/** Learns. */
	LEARNS,

	/** Both, as in a practice-sharing or talking group. */
	BOTH

}
