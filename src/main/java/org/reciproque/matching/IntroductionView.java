package org.reciproque.matching;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.reciproque.member.ContactChannel;

/**
 * An introduction as one caller may see it: contact details appear only once it is
 * accepted, only for the channel each person chose, and only to those who accepted (and
 * the animators).
 *
 * @param id the introduction
 * @param networkId its network
 * @param status where it stands
 * @param offerId the offer it is about, if any
 * @param subject what is to be shared
 * @param note the proposer's message to the people concerned
 * @param collective one offer, several learners
 * @param initiatedBy an animator or a member
 * @param proposedById who proposed it
 * @param proposedByName their name
 * @param createdAt when it was proposed
 * @param expiresAt when unanswered consents expire
 * @param acceptedAt when it was accepted
 * @param consents each person concerned and their answer
 * @param history the consent record
 * @param exchangeId the exchange it became, once accepted
 */
public record IntroductionView(long id, long networkId, IntroductionStatus status, @Nullable Long offerId,
		String subject, @Nullable String note, boolean collective, Initiative initiatedBy, long proposedById,
		@Nullable String proposedByName, Instant createdAt, Instant expiresAt, @Nullable Instant acceptedAt,
		List<Consent> consents, List<Step> history, @Nullable Long exchangeId) {

	/**
	 * The consent of the given member, if they are concerned.
	 */
	public @Nullable Consent consentOf(@Nullable Long memberId) {
		return this.consents.stream()
			.filter((consent) -> memberId != null && consent.memberId() == memberId)
			.findFirst()
			.orElse(null);
	}

	public boolean isOpen() {
		return this.status.isOpen();
	}

	/**
	 * The name of a person concerned, for the history.
	 */
	public @Nullable String nameOf(@Nullable Long memberId) {
		Consent consent = consentOf(memberId);
		return (consent != null) ? consent.displayName() : null;
	}

	/**
	 * One person concerned.
	 *
	 * @param memberId the member
	 * @param displayName their name
	 * @param hasAccount whether they answer themself (otherwise an animator records it)
	 * @param knowledgeId their item in this introduction
	 * @param knowledgeTitle its title
	 * @param role passes on, learns, or both
	 * @param status their answer
	 * @param channel how they chose to be contacted
	 * @param answeredAt when
	 * @param recordedById the animator who recorded the answer, if not the person
	 * @param recordedHow how the animator received it
	 * @param sharedContact what they share with the others, when the caller may see it
	 */
	public record Consent(long memberId, @Nullable String displayName, boolean hasAccount, @Nullable Long knowledgeId,
			@Nullable String knowledgeTitle, ParticipantRole role, ConsentStatus status,
			@Nullable ContactChannel channel, @Nullable Instant answeredAt, @Nullable Long recordedById,
			@Nullable RecordedHow recordedHow, @Nullable SharedContact sharedContact) {

		public boolean isPending() {
			return this.status == ConsentStatus.PENDING;
		}

	}

	/**
	 * A way to reach one person, as they chose it.
	 *
	 * @param channel the channel
	 * @param value the email or phone number; {@code null} for "through an animator" and
	 * "at the next drop-in"
	 */
	public record SharedContact(ContactChannel channel, @Nullable String value) {
	}

	/**
	 * One step of the consent record.
	 *
	 * @param at when
	 * @param kind what happened
	 * @param memberId to whom (for an answer)
	 * @param actorId who did it
	 * @param channel the channel chosen (for an acceptance)
	 * @param recordedHow how an animator received the answer
	 */
	public record Step(Instant at, RecordKind kind, @Nullable Long memberId, @Nullable Long actorId,
			@Nullable ContactChannel channel, @Nullable RecordedHow recordedHow) {
	}

}
