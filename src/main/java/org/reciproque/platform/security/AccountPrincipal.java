package org.reciproque.platform.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account, as Spring Security keeps it in the session.
 *
 * @param accountId the account's id
 * @param email the login email (lower case)
 * @param passwordHash the password hash, or {@code null} for an account that signs in by
 * magic link only (or once the credentials have been erased after login)
 * @param platformAdmin whether the account administers the whole platform
 */
public record AccountPrincipal(long accountId, String email, @Nullable String passwordHash,
		boolean platformAdmin) implements UserDetails, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Authority of platform administrators. */
	public static final String PLATFORM_ADMIN = "ROLE_PLATFORM_ADMIN";

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.platformAdmin
				? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority(PLATFORM_ADMIN))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	/**
	 * The same principal without its password hash, to keep in the session.
	 */
	public AccountPrincipal withoutPassword() {
		return new AccountPrincipal(this.accountId, this.email, null, this.platformAdmin);
	}

}
