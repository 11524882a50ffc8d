package org.reciproque.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.reciproque.platform.security.NetworkRole;

/**
 * A member as anyone in the network may see them: never their email or phone (those are
 * in {@link MemberContact}, for the person and the animators only).
 *
 * @param id the member's id
 * @param networkId the network
 * @param displayName the name they chose; {@code null} once they left
 * @param presentation how they present themself
 * @param role their role in this network
 * @param status active or left
 * @param hasAccount whether they sign in themselves
 * @param channels how they accept to be contacted
 * @param joinedAt when they joined (or were recorded)
 * @param paperConsentOn for a member recorded by an animator, the date of the paper
 * consent
 */
public record MemberView(long id, long networkId, @Nullable String displayName, @Nullable String presentation,
		NetworkRole role, MemberStatus status, boolean hasAccount, Set<ContactChannel> channels, Instant joinedAt,
		@Nullable LocalDate paperConsentOn) {

	public boolean isActive() {
		return this.status == MemberStatus.ACTIVE;
	}

	/**
	 * "Marie D." from "Marie Dupont": what members who are not animators see on shared
	 * pages such as the board.
	 */
	public @Nullable String shortName() {
		if (this.displayName == null) {
			return null;
		}
		String[] parts = this.displayName.strip().split("\\s+");
		if (parts.length < 2) {
			return parts[0];
		}
		return parts[0] + " " + parts[parts.length - 1].substring(0, 1).toUpperCase() + ".";
	}

}
