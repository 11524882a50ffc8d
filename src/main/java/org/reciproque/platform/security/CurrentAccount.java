package org.reciproque.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, read from the security context.
 */
public final class CurrentAccount {

	private CurrentAccount() {
	}

	/**
	 * The signed-in account, if any.
	 */
	public static Optional<AccountPrincipal> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	/**
	 * The signed-in account; the security configuration guarantees there is one on every
	 * route that calls this.
	 */
	public static AccountPrincipal require() {
		return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
	}

}
