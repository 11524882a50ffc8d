package org.reciproque.platform.security;

import java.util.Optional;

/**
 * Resolves the bearer tokens that API clients send. Implemented by the member module,
 * which issues them.
 */
public interface ApiTokens {

	/**
	 * The account a valid, unexpired token belongs to.
	 */
	Optional<AccountPrincipal> resolve(String token);

}
