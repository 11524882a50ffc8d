package org.reciproque.platform.security;

import org.springframework.security.authentication.LockedException;

/**
 * Too many failed attempts recently: this attempt is refused without checking the
 * password.
 */
public class LoginThrottledException extends LockedException {

	public LoginThrottledException() {
		super("Too many failed login attempts");
	}

}
