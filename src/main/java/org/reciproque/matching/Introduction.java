package org.reciproque.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.reciproque.member.ContactChannel;
import org.reciproque.platform.BaseEntity;
import org.reciproque.platform.ConflictException;

/**
 * An introduction (mise en relation): one person who passes something on and one or more
 * who learn, each asked for their consent. It guards its own state: answers only while
 * open, once per person; accepted when every required person agreed (for a collective
 * introduction, the one who passes on and at least one learner), declined when a required
 * person says no.
 */
@Entity
@Table(name = "introduction")
class Introduction extends BaseEntity {

	private long networkId;

	private @Nullable Long offerId;

	private String subject = "";

	private @Nullable String note;

	private boolean collective;

	@Enumerated(EnumType.STRING)
	private Initiative initiatedBy = Initiative.ANIMATOR;

	private long proposedById;

	@Enumerated(EnumType.STRING)
	private IntroductionStatus status = IntroductionStatus.PROPOSED;

	private Instant createdAt = Instant.EPOCH;

	private Instant expiresAt = Instant.EPOCH;

	private @Nullable Instant remindedAt;

	private @Nullable Instant acceptedAt;

	private @Nullable Instant closedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "introduction_party", joinColumns = @JoinColumn(name = "introduction_id"))
	@OrderColumn(name = "position")
	private List<Party> parties = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "introduction_record", joinColumns = @JoinColumn(name = "introduction_id"))
	@OrderColumn(name = "position")
	private List<ConsentRecord> records = new ArrayList<>();

	protected Introduction() {
	}

	Introduction(long networkId, @Nullable Long offerId, String subject, @Nullable String note, Initiative initiative,
			long proposedById, List<Party> parties, Instant now, Instant expiresAt) {
		this.networkId = networkId;
		this.offerId = offerId;
		this.subject = subject;
		this.note = note;
		this.initiatedBy = initiative;
		this.proposedById = proposedById;
		this.parties = new ArrayList<>(parties);
		this.collective = parties.stream().filter((party) -> !party.passesOn()).count() > 1;
		this.createdAt = now;
		this.expiresAt = expiresAt;
		this.records.add(new ConsentRecord(now, RecordKind.PROPOSED, null, proposedById, null, null));
	}

	/**
	 * What changed for the rest of the application after an answer.
	 */
	enum Outcome {

		NONE, ACCEPTED, JOINED, DECLINED

	}

	/**
	 * Records one person's answer.
	 * @param actorId who gave it: the person, or the animator recording it
	 * @param recordedHow how an animator received it ({@code null} when the person
	 * answered themself)
	 */
	Outcome answer(long memberId, boolean accept, @Nullable ContactChannel channel, long actorId,
			@Nullable RecordedHow recordedHow, Instant now) {
		requireOpen(now);
		Party party = party(memberId).orElseThrow(() -> new ConflictException("introduction.error.notConcerned"));
		if (!party.isPending()) {
			throw new ConflictException("introduction.error.alreadyAnswered");
		}
		Long recordedBy = (actorId != memberId) ? actorId : null;
		ContactChannel chosen = accept ? Objects.requireNonNullElse(channel, ContactChannel.ANIMATOR) : null;
		party.answer(accept ? ConsentStatus.ACCEPTED : ConsentStatus.DECLINED, chosen, now, recordedBy, recordedHow);
		this.records.add(new ConsentRecord(now, accept ? RecordKind.ACCEPTED : RecordKind.DECLINED, memberId, actorId,
				chosen, recordedHow));
		if (this.status == IntroductionStatus.ACCEPTED) {
			return accept ? joined(now, memberId) : Outcome.NONE;
		}
		return accept ? afterAcceptance(now) : afterRefusal(now);
	}

	private Outcome joined(Instant now, long memberId) {
		this.records.add(new ConsentRecord(now, RecordKind.JOINED, memberId, null, null, null));
		return Outcome.JOINED;
	}

	private Outcome afterAcceptance(Instant now) {
		boolean passerAgreed = this.parties.stream().filter(Party::passesOn).allMatch(Party::hasAccepted);
		boolean done = this.collective
				? passerAgreed && this.parties.stream().anyMatch((party) -> !party.passesOn() && party.hasAccepted())
				: this.parties.stream().allMatch(Party::hasAccepted);
		if (!done) {
			return Outcome.NONE;
		}
		this.status = IntroductionStatus.ACCEPTED;
		this.acceptedAt = now;
		this.records.add(new ConsentRecord(now, RecordKind.COMPLETED, null, null, null, null));
		return Outcome.ACCEPTED;
	}

	private Outcome afterRefusal(Instant now) {
		boolean passerRefused = this.parties.stream()
			.anyMatch((party) -> party.passesOn() && party.answer() == ConsentStatus.DECLINED);
		boolean learnersGone = this.parties.stream()
			.filter((party) -> !party.passesOn())
			.allMatch((party) -> !party.isPending() && !party.hasAccepted());
		if (!this.collective || passerRefused || learnersGone) {
			close(IntroductionStatus.DECLINED, now);
			return Outcome.DECLINED;
		}
		return Outcome.NONE;
	}

	/**
	 * Withdrawn by an animator, while still waiting for answers.
	 */
	void cancel(long actorId, Instant now) {
		requireOpen(now);
		if (this.status != IntroductionStatus.PROPOSED) {
			throw new ConflictException("introduction.error.alreadyAccepted");
		}
		this.records.add(new ConsentRecord(now, RecordKind.CANCELLED, null, actorId, null, null));
		close(IntroductionStatus.CANCELLED, now);
	}

	/**
	 * Closes a proposal past its time: an open proposal expires; an accepted collective
	 * introduction stops waiting for late answers. Returns whether anything changed.
	 */
	boolean expireIfDue(Instant now) {
		if (!isDue(now) || this.parties.stream().noneMatch(Party::isPending)) {
			return false;
		}
		this.records.add(new ConsentRecord(now, RecordKind.EXPIRED, null, null, null, null));
		if (this.status == IntroductionStatus.PROPOSED) {
			close(IntroductionStatus.EXPIRED, now);
		}
		else {
			this.parties.stream().filter(Party::isPending).forEach((party) -> party.close(ConsentStatus.EXPIRED));
		}
		return true;
	}

	/**
	 * Whether a reminder is due: halfway to expiry, once, while someone has not answered.
	 */
	boolean needsReminder(Instant now) {
		Instant halfway = this.createdAt.plus(java.time.Duration.between(this.createdAt, this.expiresAt).dividedBy(2));
		return this.status == IntroductionStatus.PROPOSED && this.remindedAt == null && !now.isBefore(halfway)
				&& now.isBefore(this.expiresAt) && this.parties.stream().anyMatch(Party::isPending);
	}

	void reminded(Instant now) {
		this.remindedAt = now;
		this.records.add(new ConsentRecord(now, RecordKind.REMINDED, null, null, null, null));
	}

	/**
	 * The member left the network: their pending answer is withdrawn, and an introduction
	 * that needed them ends.
	 */
	void withdraw(long memberId, Instant now) {
		Optional<Party> party = party(memberId);
		if (party.isEmpty() || !party.get().isPending() || !this.status.isOpen()) {
			return;
		}
		party.get().close(ConsentStatus.WITHDRAWN);
		this.records.add(new ConsentRecord(now, RecordKind.WITHDRAWN, memberId, null, null, null));
		if (this.status == IntroductionStatus.PROPOSED) {
			afterRefusal(now);
		}
	}

	private void requireOpen(Instant now) {
		if (this.status == IntroductionStatus.CANCELLED) {
			throw new ConflictException("introduction.error.cancelled");
		}
		if (this.status == IntroductionStatus.EXPIRED || isDue(now)) {
			throw new ConflictException("introduction.error.expired");
		}
		if (!this.status.isOpen()) {
			throw new ConflictException("introduction.error.closed");
		}
	}

	private boolean isDue(Instant now) {
		return this.status.isOpen() && !now.isBefore(this.expiresAt);
	}

	private void close(IntroductionStatus status, Instant now) {
		this.status = status;
		this.closedAt = now;
		this.parties.stream().filter(Party::isPending).forEach((party) -> party.close(ConsentStatus.EXPIRED));
	}

	Optional<Party> party(long memberId) {
		return this.parties.stream().filter((party) -> party.memberId() == memberId).findFirst();
	}

	boolean concerns(@Nullable Long memberId) {
		return memberId != null && party(memberId).isPresent();
	}

	IntroductionAccepted accepted() {
		return new IntroductionAccepted(getId(), this.networkId, subjectItem(), this.subject, this.collective,
				this.parties.stream()
					.filter(Party::hasAccepted)
					.map((party) -> new IntroductionAccepted.Participant(party.memberId(), party.role()))
					.toList());
	}

	IntroductionJoined joinedBy(long memberId) {
		Party party = party(memberId).orElseThrow();
		return new IntroductionJoined(getId(), this.networkId,
				new IntroductionAccepted.Participant(memberId, party.role()));
	}

	private @Nullable Long subjectItem() {
		if (this.offerId != null) {
			return this.offerId;
		}
		return this.parties.stream().map(Party::knowledgeId).filter(Objects::nonNull).findFirst().orElse(null);
	}

	long networkId() {
		return this.networkId;
	}

	@Nullable Long offerId() {
		return this.offerId;
	}

	String subject() {
		return this.subject;
	}

	@Nullable String note() {
		return this.note;
	}

	boolean collective() {
		return this.collective;
	}

	Initiative initiatedBy() {
		return this.initiatedBy;
	}

	long proposedById() {
		return this.proposedById;
	}

	IntroductionStatus status() {
		return this.status;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant acceptedAt() {
		return this.acceptedAt;
	}

	List<Party> parties() {
		return List.copyOf(this.parties);
	}

	List<ConsentRecord> records() {
		return List.copyOf(this.records);
	}

}
