package org.reciproque.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-built terms: any participant (or an animator, possibly with a participant who has no
 * account) saves a new version; a save based on an older version than the current one is
 * refused so that nobody overwrites what they have not seen.
 */
@Service
class TermsEditor {

	private final ExchangeTermsRepository terms;

	private final ExchangeAccess access;

	private final ExchangeMails mails;

	private final Clock clock;

	TermsEditor(ExchangeTermsRepository terms, ExchangeAccess access, ExchangeMails mails, Clock clock) {
		this.terms = terms;
		this.access = access;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Saves a new version of the terms.
	 * @param baseVersion the version the writer started from (0 before the first)
	 * @param forMemberId the participant an animator writes with, if any
	 * @throws TermsConflictException when someone saved another version meanwhile
	 */
	@Transactional
	TermsView save(NetworkScope scope, long id, TermsText text, int baseVersion, @Nullable Long forMemberId) {
		Exchange exchange = this.access.actable(scope, id);
		if (forMemberId != null && !(scope.isAnimator() && exchange.isActiveParticipant(forMemberId))) {
			throw FieldErrorsException.of("forMemberId", "exchange.terms.forMember.invalid");
		}
		if (text.isBlank()) {
			throw FieldErrorsException.of("content", "exchange.terms.blank");
		}
		int number = exchange.nextTermsVersion(baseVersion);
		ExchangeTerms saved = this.terms.save(
				new ExchangeTerms(exchange.getId(), number, text, scope.memberId(), forMemberId, this.clock.instant()));
		List<Long> others = exchange.activeMemberIds()
			.stream()
			.filter((memberId) -> !Objects.equals(memberId, scope.memberId()) && !Objects.equals(memberId, forMemberId))
			.toList();
		this.mails.termsChanged(scope, exchange, number, others);
		return saved.toView();
	}

	/**
	 * Every version, oldest first, each with what changed from the one before.
	 */
	@Transactional(readOnly = true)
	List<TermsChange> history(NetworkScope scope, long id) {
		this.access.readable(scope, id);
		List<TermsChange> changes = new ArrayList<>();
		TermsText previous = TermsText.empty();
		for (ExchangeTerms version : this.terms.findByExchangeIdOrderByNumberAsc(id)) {
			TermsView view = version.toView();
			changes.add(TermsChange.between(previous, view));
			previous = view.text();
		}
		return changes;
	}

	@Transactional(readOnly = true)
	@Nullable TermsView version(long exchangeId, int number) {
		return this.terms.findByExchangeIdAndNumber(exchangeId, number).map(ExchangeTerms::toView).orElse(null);
	}

}
