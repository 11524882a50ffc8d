package org.reciproque.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Format;
import org.reciproque.matching.ParticipantRole;
import org.reciproque.platform.BaseEntity;
import org.reciproque.platform.ConflictException;

/**
 * An exchange: who takes part, in what role, about what, in which format, and where it
 * stands. Its transitions are guarded here: running needs agreed terms, done needs
 * running, and a closed exchange stays closed.
 */
@Entity
@Table(name = "exchange")
class Exchange extends BaseEntity {

	private long networkId;

	private @Nullable Long introductionId;

	private @Nullable Long knowledgeId;

	private String subject;

	@Enumerated(EnumType.STRING)
	private Format format;

	@Enumerated(EnumType.STRING)
	private ExchangeStatus status;

	private @Nullable String stopReason;

	@Column(name = "terms_version")
	private int termsVersion;

	private @Nullable Long createdById;

	private Instant createdAt;

	private @Nullable Instant startedAt;

	private @Nullable Instant endedAt;

	@ElementCollection
	@CollectionTable(name = "exchange_participant", joinColumns = @JoinColumn(name = "exchange_id"))
	private List<Participant> participants = new ArrayList<>();

	protected Exchange() {
		this.subject = "";
		this.format = Format.ONE_TO_ONE;
		this.status = ExchangeStatus.AGREEING_TERMS;
		this.createdAt = Instant.EPOCH;
	}

	Exchange(long networkId, @Nullable Long introductionId, @Nullable Long knowledgeId, String subject, Format format,
			@Nullable Long createdById, Instant now) {
		this.networkId = networkId;
		this.introductionId = introductionId;
		this.knowledgeId = knowledgeId;
		this.subject = subject;
		this.format = format;
		this.status = ExchangeStatus.AGREEING_TERMS;
		this.createdById = createdById;
		this.createdAt = now;
	}

	/**
	 * Adds a person, or gives back their place to someone already listed. In a
	 * practice-sharing or talking group everyone both passes on and learns.
	 * @return whether someone new joined
	 */
	boolean join(long memberId, ParticipantRole role, Instant now) {
		ParticipantRole effective = (this.format == Format.PRACTICE_SHARING || this.format == Format.TALKING_GROUP)
				? ParticipantRole.BOTH : role;
		Optional<Participant> existing = participant(memberId);
		if (existing.isPresent()) {
			if (existing.get().isActive()) {
				return false;
			}
			existing.get().rejoin(effective);
			return true;
		}
		this.participants.add(new Participant(memberId, effective, now));
		return true;
	}

	Optional<Participant> participant(long memberId) {
		return this.participants.stream().filter((p) -> p.memberId() == memberId).findFirst();
	}

	boolean isActiveParticipant(@Nullable Long memberId) {
		return memberId != null && participant(memberId).map(Participant::isActive).orElse(false);
	}

	List<Long> activeMemberIds() {
		return this.participants.stream().filter(Participant::isActive).map(Participant::memberId).toList();
	}

	int nextTermsVersion(int baseVersion) {
		if (baseVersion != this.termsVersion) {
			throw new TermsConflictException(this.termsVersion);
		}
		requireOpen();
		this.termsVersion++;
		return this.termsVersion;
	}

	void markRunning(Instant now) {
		if (this.status != ExchangeStatus.AGREEING_TERMS) {
			throw new ConflictException("exchange.status.notAgreeing");
		}
		if (this.termsVersion == 0) {
			throw new ConflictException("exchange.status.noTerms");
		}
		this.status = ExchangeStatus.RUNNING;
		this.startedAt = now;
	}

	void markDone(Instant now) {
		if (this.status != ExchangeStatus.RUNNING) {
			throw new ConflictException("exchange.status.notRunning");
		}
		this.status = ExchangeStatus.DONE;
		this.endedAt = now;
	}

	void stop(@Nullable String reason, Instant now) {
		requireOpen();
		this.status = ExchangeStatus.STOPPED;
		this.stopReason = reason;
		this.endedAt = now;
	}

	void requireOpen() {
		if (!this.status.isOpen()) {
			throw new ConflictException("exchange.closed");
		}
	}

	/**
	 * A participant left the network: their place is kept for the history, and an open
	 * exchange left with fewer than two people stops.
	 */
	void memberLeft(long memberId, String reason, Instant now) {
		participant(memberId).filter(Participant::isActive).ifPresent((p) -> p.leave(now));
		if (this.status.isOpen() && activeMemberIds().size() < 2) {
			stop(reason, now);
		}
	}

	/**
	 * A debrief looks back on an exchange that ran: midway while it runs, at the end once
	 * it is done or was stopped after starting.
	 */
	DebriefStage debriefStage() {
		if (this.status == ExchangeStatus.RUNNING) {
			return DebriefStage.MIDWAY;
		}
		if (this.status == ExchangeStatus.DONE || (this.status == ExchangeStatus.STOPPED && this.startedAt != null)) {
			return DebriefStage.FINAL;
		}
		throw new ConflictException("exchange.debrief.notYet");
	}

	long getNetworkId() {
		return this.networkId;
	}

	@Nullable Long getIntroductionId() {
		return this.introductionId;
	}

	@Nullable Long getKnowledgeId() {
		return this.knowledgeId;
	}

	String getSubject() {
		return this.subject;
	}

	Format getFormat() {
		return this.format;
	}

	ExchangeStatus getStatus() {
		return this.status;
	}

	@Nullable String getStopReason() {
		return this.stopReason;
	}

	int getTermsVersion() {
		return this.termsVersion;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Nullable Instant getStartedAt() {
		return this.startedAt;
	}

	@Nullable Instant getEndedAt() {
		return this.endedAt;
	}

	List<Participant> getParticipants() {
		return List.copyOf(this.participants);
	}

}
