package org.reciproque.matching;

/**
 * Where an introduction stands.
 */
public enum IntroductionStatus {

	/** Waiting for the answers of the people concerned. */
	PROPOSED,

	/** Every required person agreed: they can reach each other. */
	ACCEPTED,

	/** Someone required said no. */
	DECLINED,

	/** Not enough answers in time. */
	EXPIRED,

	/** Withdrawn by an animator. */
	CANCELLED;

	public boolean isOpen() {
		return this == PROPOSED || this == ACCEPTED;
	}

}
