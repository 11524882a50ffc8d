package org.reciproque.member;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.reciproque.platform.ConflictException;
import org.reciproque.platform.security.AccountPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An animator invites a member without account to claim it: a link by email, valid 14
 * days, that attaches the member record to the person's account.
 */
@Service
class Invitations {

	static final Duration VALIDITY = Duration.ofDays(14);

	private final Tokens tokens;

	private final MemberRepository members;

	private final AccountMails mails;

	private final Clock clock;

	Invitations(Tokens tokens, MemberRepository members, AccountMails mails, Clock clock) {
		this.tokens = tokens;
		this.members = members;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Sends the invitation to the member's email.
	 * @throws ConflictException when the member already has an account or no email
	 */
	@Transactional
	void invite(Member member, String networkName) {
		if (member.getAccountId() != null) {
			throw new ConflictException("member.invite.hasAccount");
		}
		if (member.getEmail() == null) {
			throw new ConflictException("member.invite.noEmail");
		}
		String token = this.tokens.issue(AccountToken.Purpose.INVITATION, null, member.getId(), VALIDITY);
		this.mails.send(member.getEmail(), "invitation", "/invitations/" + token, networkName,
				String.valueOf(member.getDisplayName()));
	}

	@Transactional(readOnly = true)
	Optional<Member> pending(String token) {
		return this.tokens.find(AccountToken.Purpose.INVITATION, token)
			.map(AccountToken::getMemberId)
			.flatMap(this.members::findById)
			.filter((member) -> member.isActive() && member.getAccountId() == null);
	}

	/**
	 * Attaches the member record to the signed-in account.
	 * @throws ConflictException when the account is already a member of that network
	 */
	@Transactional
	Member claim(String token, AccountPrincipal account) {
		Member member = pending(token).orElseThrow(() -> new ConflictException("invitation.invalid"));
		if (this.members
			.findByNetworkIdAndAccountIdAndStatus(member.getNetworkId(), account.accountId(), MemberStatus.ACTIVE)
			.isPresent()) {
			throw new ConflictException("member.alreadyMember");
		}
		member.linkAccount(account.accountId(), this.clock.instant());
		this.tokens.consume(AccountToken.Purpose.INVITATION, token);
		return member;
	}

}
