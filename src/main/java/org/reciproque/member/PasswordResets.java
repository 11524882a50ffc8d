package org.reciproque.member;

import org.reciproque.platform.web.FieldErrorsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?": a one-hour, single-use link by email.
 */
@Service
class PasswordResets {

	private final AccountRepository accounts;

	private final Accounts accountService;

	private final Tokens tokens;

	private final AccountMails mails;

	PasswordResets(AccountRepository accounts, Accounts accountService, Tokens tokens, AccountMails mails) {
		this.accounts = accounts;
		this.accountService = accountService;
		this.tokens = tokens;
		this.mails = mails;
	}

	/**
	 * Sends a reset link if the address has an account; says nothing either way.
	 */
	@Transactional
	void request(String email) {
		this.accounts.findByEmail(Emails.normalize(email)).ifPresent((account) -> {
			String token = this.tokens.issue(AccountToken.Purpose.PASSWORD_RESET, account.getId(), null,
					Accounts.PASSWORD_RESET_VALIDITY);
			this.mails.send(account.getEmail(), "passwordReset", "/password/reset/" + token);
		});
	}

	boolean isValid(String token) {
		return this.tokens.find(AccountToken.Purpose.PASSWORD_RESET, token).isPresent();
	}

	/**
	 * Sets the new password; the link then stops working.
	 * @return whether the link was valid
	 */
	@Transactional
	boolean reset(String token, String password) {
		var found = this.tokens.find(AccountToken.Purpose.PASSWORD_RESET, token);
		if (found.isEmpty() || found.get().getAccountId() == null) {
			return false;
		}
		Account account = this.accounts.findById(found.get().getAccountId()).orElse(null);
		if (account == null) {
			return false;
		}
		this.accountService.setPassword(account, password);
		this.tokens.consume(AccountToken.Purpose.PASSWORD_RESET, token);
		return true;
	}

	static void requireSame(String password, String confirmation) {
		if (!password.equals(confirmation)) {
			throw FieldErrorsException.of("confirmation", "password.mismatch");
		}
	}

}
