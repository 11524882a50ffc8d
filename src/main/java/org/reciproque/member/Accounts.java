package org.reciproque.member;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.reciproque.platform.ConflictException;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.web.FieldErrorsException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: sign-up, passwords, deletion.
 */
@Service
public class Accounts {

	static final Duration PASSWORD_RESET_VALIDITY = Duration.ofHours(1);

	private final AccountRepository accounts;

	private final MemberRepository members;

	private final AccountTokenRepository tokenRepository;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Accounts(AccountRepository accounts, MemberRepository members, AccountTokenRepository tokenRepository,
			PasswordEncoder encoder, PasswordPolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.members = members;
		this.tokenRepository = tokenRepository;
		this.encoder = encoder;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates an account.
	 * @throws FieldErrorsException when the password is too weak
	 * @throws ConflictException when the email already has an account
	 */
	@Transactional
	public AccountPrincipal signUp(String email, String password) {
		return create(email, password, false);
	}

	/**
	 * Creates a platform administrator (first start, demo data).
	 */
	@Transactional
	public AccountPrincipal createPlatformAdmin(String email, String password) {
		return create(email, password, true);
	}

	@Transactional
	AccountPrincipal create(String rawEmail, String password, boolean platformAdmin) {
		String email = Emails.normalize(rawEmail);
		this.policy.check(password, email).ifPresent((problem) -> {
			throw FieldErrorsException.of("password", problem);
		});
		if (this.accounts.existsByEmail(email)) {
			throw new ConflictException("account.email.taken");
		}
		Account account = this.accounts
			.saveAndFlush(new Account(email, this.encoder.encode(password), platformAdmin, this.clock.instant()));
		return account.toPrincipal().withoutPassword();
	}

	@Transactional(readOnly = true)
	public Optional<AccountPrincipal> findByEmail(String email) {
		return this.accounts.findByEmail(Emails.normalize(email)).map(Account::toPrincipal);
	}

	@Transactional(readOnly = true)
	Optional<Account> find(long accountId) {
		return this.accounts.findById(accountId);
	}

	/**
	 * Changes the password after checking the current one.
	 * @throws FieldErrorsException for a wrong current password or a weak new one
	 */
	@Transactional
	public void changePassword(long accountId, String current, String replacement) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		if (account.getPasswordHash() == null || !this.encoder.matches(current, account.getPasswordHash())) {
			throw FieldErrorsException.of("currentPassword", "password.current.wrong");
		}
		setPassword(account, replacement);
	}

	@Transactional
	void setPassword(Account account, String replacement) {
		this.policy.check(replacement, account.getEmail()).ifPresent((problem) -> {
			throw FieldErrorsException.of("password", problem);
		});
		account.changePassword(this.encoder.encode(replacement));
	}

	/**
	 * Deletes the account: the person leaves every network first (their personal data is
	 * erased there), then the account itself is removed.
	 */
	@Transactional
	public void delete(long accountId) {
		for (Member member : this.members.findByAccountIdAndStatus(accountId, MemberStatus.ACTIVE)) {
			member.leave(this.clock.instant());
			this.tokenRepository.deleteByMemberId(member.getId());
			this.events.publishEvent(new MemberLeft(member.getId(), member.getNetworkId()));
		}
		this.members.flush();
		this.tokenRepository.deleteByAccountId(accountId);
		this.accounts.deleteById(accountId);
	}

	@Transactional(readOnly = true)
	boolean hasPlatformAdmin() {
		return this.accounts.existsByPlatformAdminTrue();
	}

}
