package org.reciproque.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.reciproque.matching.ParticipantRole;

/**
 * A participant as pages and the API see them.
 *
 * @param memberId the member
 * @param role what they do in this exchange
 * @param joinedAt when they joined it
 * @param leftAt when they left the network, if they did
 */
public record ParticipantView(long memberId, ParticipantRole role, Instant joinedAt, @Nullable Instant leftAt) {

	public boolean isActive() {
		return this.leftAt == null;
	}

	public boolean passesOn() {
		return this.role == ParticipantRole.PASSES_ON || this.role == ParticipantRole.BOTH;
	}

	public boolean learns() {
		return this.role == ParticipantRole.LEARNS || this.role == ParticipantRole.BOTH;
	}

}
