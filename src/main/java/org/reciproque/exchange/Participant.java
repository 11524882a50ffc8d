package org.reciproque.exchange;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.reciproque.matching.ParticipantRole;

/**
 * One person in one exchange, with the role they hold in <em>this</em> exchange only.
 */
@Embeddable
class Participant {

	@Column(name = "member_id", nullable = false)
	private long memberId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ParticipantRole role;

	@Column(name = "joined_at", nullable = false)
	private Instant joinedAt;

	@Column(name = "left_at")
	private @Nullable Instant leftAt;

	protected Participant() {
		this.role = ParticipantRole.BOTH;
		this.joinedAt = Instant.EPOCH;
	}

	Participant(long memberId, ParticipantRole role, Instant joinedAt) {
		this.memberId = memberId;
		this.role = role;
		this.joinedAt = joinedAt;
	}

	long memberId() {
		return this.memberId;
	}

	ParticipantRole role() {
		return this.role;
	}

	Instant joinedAt() {
		return this.joinedAt;
	}

	@Nullable Instant leftAt() {
		return this.leftAt;
	}

	boolean isActive() {
		return this.leftAt == null;
	}

	void leave(Instant when) {
		this.leftAt = when;
	}

	void rejoin(ParticipantRole newRole) {
		this.leftAt = null;
		this.role = newRole;
	}

	ParticipantView toView() {
		return new ParticipantView(this.memberId, this.role, this.joinedAt, this.leftAt);
	}

}
