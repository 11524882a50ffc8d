package org.reciproque.member;

import java.time.Duration;
import java.util.Optional;

import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.ApiTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the JSON API, issued by {@code POST /api/v1/tokens}, valid 30 days.
 */
@Component
class ApiTokenService implements ApiTokens {

	static final Duration VALIDITY = Duration.ofDays(30);

	private final Tokens tokens;

	private final AccountRepository accounts;

	ApiTokenService(Tokens tokens, AccountRepository accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	String issue(long accountId) {
		return this.tokens.issue(AccountToken.Purpose.API, accountId, null, VALIDITY);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountPrincipal> resolve(String token) {
		return this.tokens.find(AccountToken.Purpose.API, token)
			.map(AccountToken::getAccountId)
			.flatMap(this.accounts::findById)
			.map((account) -> account.toPrincipal().withoutPassword());
	}

}
