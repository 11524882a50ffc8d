package org.reciproque.platform.security;

import org.jspecify.annotations.Nullable;

/**
 * A network as seen by the current caller: which network, and what the caller may do in
 * it.
 *
 * @param networkId the network's id
 * @param slug the network's slug
 * @param name the network's name
 * @param memberId the caller's member id in this network, or {@code null} when the caller
 * is not a member (a visitor, or a platform administrator acting from outside)
 * @param role the caller's effective role, or {@code null} for a visitor; platform
 * administrators are {@link NetworkRole#ADMIN} everywhere
 */
public record NetworkScope(long networkId, String slug, String name, @Nullable Long memberId,
		@Nullable NetworkRole role) {

	public boolean has(NetworkRole minimum) {
		return this.role != null && this.role.includes(minimum);
	}

	public boolean isAnimator() {
		return has(NetworkRole.ANIMATOR);
	}

	public boolean isAdmin() {
		return has(NetworkRole.ADMIN);
	}

	public boolean isMember() {
		return has(NetworkRole.MEMBER);
	}

	/**
	 * The caller's own member id; fails for a caller who is not a member of this network.
	 */
	public long requireMemberId() {
		if (this.memberId == null) {
			throw new org.springframework.security.access.AccessDeniedException("Not a member of " + this.slug);
		}
		return this.memberId;
	}

}
