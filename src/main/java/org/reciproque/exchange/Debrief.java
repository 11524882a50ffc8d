package org.reciproque.exchange;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.BaseEntity;

/**
 * One participant's debrief (bilan) of an exchange, in free text: no score, no star.
 * Private to its author and the animation team unless the author shares it with the other
 * participants.
 */
@Entity
@Table(name = "debrief")
class Debrief extends BaseEntity {

	private long exchangeId;

	private long memberId;

	private @Nullable Long writtenById;

	@Enumerated(EnumType.STRING)
	private DebriefStage stage;

	private @Nullable String interesting;

	private @Nullable String obstacles;

	private @Nullable String helped;

	private @Nullable String learned;

	private @Nullable String learnedByTeaching;

	private @Nullable String continueWish;

	private boolean shared;

	private Instant writtenAt;

	protected Debrief() {
		this.stage = DebriefStage.FINAL;
		this.writtenAt = Instant.EPOCH;
	}

	Debrief(long exchangeId, long memberId, DebriefStage stage, DebriefAnswers answers, boolean shared,
			@Nullable Long writtenById, Instant writtenAt) {
		this.exchangeId = exchangeId;
		this.memberId = memberId;
		this.stage = stage;
		this.interesting = answers.interesting();
		this.obstacles = answers.obstacles();
		this.helped = answers.helped();
		this.learned = answers.learned();
		this.learnedByTeaching = answers.learnedByTeaching();
		this.continueWish = answers.continueWish();
		this.shared = shared;
		this.writtenById = writtenById;
		this.writtenAt = writtenAt;
	}

	void share(boolean shared) {
		this.shared = shared;
	}

	long getExchangeId() {
		return this.exchangeId;
	}

	long getMemberId() {
		return this.memberId;
	}

	DebriefView toView() {
		return new DebriefView(
				getId(), this.exchangeId, this.memberId, this.stage, new DebriefAnswers(this.interesting,
						this.obstacles, this.helped, this.learned, this.learnedByTeaching, this.continueWish),
				this.shared, this.writtenById, this.writtenAt);
	}

}
