package org.reciproque.member;

import java.util.Locale;

/**
 * Email addresses are compared without regard to case or surrounding spaces.
 */
final class Emails {

	private Emails() {
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
