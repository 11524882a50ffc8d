package org.reciproque.platform.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email and password authentication, refused while {@link LoginThrottle} says so. Used by
 * the login form and by the API's token endpoint alike.
 */
public class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	public ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
		super(users);
		setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String login = String.valueOf(authentication.getName());
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
		if (this.throttle.isBlocked(login, address)) {
			throw new LoginThrottledException();
		}
		try {
			Authentication result = super.authenticate(authentication);
			this.throttle.recordSuccess(login);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(login, address);
			throw ex;
		}
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			org.springframework.security.core.userdetails.UserDetails user) {
		Object kept = (principal instanceof AccountPrincipal account) ? account.withoutPassword() : principal;
		return super.createSuccessAuthentication(kept, authentication, user);
	}

}
