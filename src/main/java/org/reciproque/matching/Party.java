package org.reciproque.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.reciproque.member.ContactChannel;

/**
 * One person concerned by an introduction, with their answer.
 */
@Embeddable
class Party {

	private long memberId;

	private @Nullable Long knowledgeId;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role = ParticipantRole.LEARNS;

	@Enumerated(EnumType.STRING)
	private ConsentStatus answer = ConsentStatus.PENDING;

	@Enumerated(EnumType.STRING)
	private @Nullable ContactChannel channel;

	private @Nullable Instant answeredAt;

	private @Nullable Long recordedById;

	@Enumerated(EnumType.STRING)
	@Column(name = "recorded_how")
	private @Nullable RecordedHow recordedHow;

	protected Party() {
	}

	Party(long memberId, @Nullable Long knowledgeId, ParticipantRole role) {
		this.memberId = memberId;
		this.knowledgeId = knowledgeId;
		this.role = role;
	}

	void answer(ConsentStatus answer, @Nullable ContactChannel channel, Instant at, @Nullable Long recordedById,
			@Nullable RecordedHow recordedHow) {
		this.answer = answer;
		this.channel = channel;
		this.answeredAt = at;
		this.recordedById = recordedById;
		this.recordedHow = recordedHow;
	}

	void close(ConsentStatus answer) {
		this.answer = answer;
	}

	boolean isPending() {
		return this.answer == ConsentStatus.PENDING;
	}

	boolean hasAccepted() {
		return this.answer == ConsentStatus.ACCEPTED;
	}

	boolean passesOn() {
		return this.role == ParticipantRole.PASSES_ON;
	}

	long memberId() {
		return this.memberId;
	}

	@Nullable Long knowledgeId() {
		return this.knowledgeId;
	}

	ParticipantRole role() {
		return this.role;
	}

	ConsentStatus answer() {
		return this.answer;
	}

	@Nullable ContactChannel channel() {
		return this.channel;
	}

	@Nullable Instant answeredAt() {
		return this.answeredAt;
	}

	@Nullable Long recordedById() {
		return this.recordedById;
	}

	@Nullable RecordedHow recordedHow() {
		return this.recordedHow;
	}

}
