package org.reciproque.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.reciproque.member.ContactChannel;

/**
 * One step of the consent record: what happened, to whom, done by whom, when and how.
 */
@Embeddable
class ConsentRecord {

	@Column(name = "happened_at")
	private Instant at = Instant.EPOCH;

	@Enumerated(EnumType.STRING)
	private RecordKind kind = RecordKind.PROPOSED;

	private @Nullable Long memberId;

	private @Nullable Long actorId;

	@Enumerated(EnumType.STRING)
	private @Nullable ContactChannel channel;

	@Enumerated(EnumType.STRING)
	private @Nullable RecordedHow recordedHow;

	protected ConsentRecord() {
	}

	ConsentRecord(Instant at, RecordKind kind, @Nullable Long memberId, @Nullable Long actorId,
			@Nullable ContactChannel channel, @Nullable RecordedHow recordedHow) {
		this.at = at;
		this.kind = kind;
		this.memberId = memberId;
		this.actorId = actorId;
		this.channel = channel;
		this.recordedHow = recordedHow;
	}

	IntroductionView.Step toView() {
		return new IntroductionView.Step(this.at, this.kind, this.memberId, this.actorId, this.channel,
				this.recordedHow);
	}

}
