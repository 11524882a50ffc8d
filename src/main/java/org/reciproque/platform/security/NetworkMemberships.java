package org.reciproque.platform.security;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Looks up a network and the caller's membership in it. Implemented by the member module,
 * so that the one access check below can be used by every module without depending on it.
 */
public interface NetworkMemberships {

	/**
	 * The network with this slug as seen by this account, or empty when no such network
	 * exists.
	 * @param slug the network's slug
	 * @param accountId the caller's account, or {@code null} for a visitor
	 * @param platformAdmin whether the caller administers the platform
	 */
	Optional<NetworkScope> scope(String slug, @Nullable Long accountId, boolean platformAdmin);

}
