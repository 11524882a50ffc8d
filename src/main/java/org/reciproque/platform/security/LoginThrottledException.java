package org.reciproque.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed attempts recently: this attempt is refused without checking the
 * password.
 */
public class LoginThrottledException extends AuthenticationException {

	public LoginThrottledException() {
		super("Too many failed login attempts");
	}

}
