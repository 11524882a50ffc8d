package org.reciproque.exchange;

import org.reciproque.platform.ConflictException;

/**
 * Someone saved new terms while the caller was writing theirs: the caller is told, and
 * keeps what they typed.
 */
class TermsConflictException extends ConflictException {

	private final int currentVersion;

	TermsConflictException(int currentVersion) {
		super("exchange.terms.conflict");
		this.currentVersion = currentVersion;
	}

	int currentVersion() {
		return this.currentVersion;
	}

}
