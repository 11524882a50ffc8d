package org.reciproque.matching;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.reciproque.member.ContactChannel;

/**
 * One person's answer: given by that person, or recorded by an animator for a member who
 * does not sign in (then {@code recordedHow} says how it was received).
 *
 * @param memberId the person answering
 * @param decision accept or decline
 * @param channel how they want to be contacted (when accepting; through an animator if
 * not said)
 * @param recordedHow how the animator received the answer
 */
public record ConsentAnswer(@NotNull Long memberId, @NotNull Decision decision, @Nullable ContactChannel channel,
		@Nullable RecordedHow recordedHow) {

	/**
	 * Accept or decline.
	 */
	public enum Decision {

		ACCEPT, DECLINE

	}

}
