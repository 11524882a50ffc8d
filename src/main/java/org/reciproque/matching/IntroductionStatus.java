package org.reciproque.matching;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

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

	/**
	 * The status of this name, if there is one (filters sent by pages and the API: an
	 * unknown value filters nothing).
	 */
	public static Optional<IntroductionStatus> named(@Nullable String name) {
		for (IntroductionStatus status : values()) {
			if (status.name().equals(name)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

	public boolean isOpen() {
		return this == PROPOSED || this == ACCEPTED;
	}

}
