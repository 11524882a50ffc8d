package org.reciproque.platform.security;

import org.reciproque.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one access check every network page and API call goes through: is there such a
 * network, and does the caller hold at least the required role in <em>that</em> network?
 */
@Component
public class NetworkGuard {

	private final NetworkMemberships memberships;

	NetworkGuard(NetworkMemberships memberships) {
		this.memberships = memberships;
	}

	/**
	 * The network as the caller sees it, whoever the caller is (visitors included).
	 * @throws NotFoundException when there is no such network
	 */
	public NetworkScope lookup(String slug) {
		var account = CurrentAccount.get();
		return this.memberships
			.scope(slug, account.map(AccountPrincipal::accountId).orElse(null),
					account.map(AccountPrincipal::platformAdmin).orElse(false))
			.orElseThrow(() -> new NotFoundException("error.network.notFound"));
	}

	/**
	 * The network, provided the caller holds at least {@code minimum} in it.
	 * @throws NotFoundException when there is no such network
	 * @throws AccessDeniedException when the caller's role is insufficient
	 */
	public NetworkScope require(String slug, NetworkRole minimum) {
		NetworkScope scope = lookup(slug);
		if (!scope.has(minimum)) {
			throw new AccessDeniedException("Role " + minimum + " required in network " + slug);
		}
		return scope;
	}

}
