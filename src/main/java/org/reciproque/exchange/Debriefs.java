package org.reciproque.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.reciproque.platform.ConflictException;
import org.reciproque.platform.NotFoundException;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Debriefs: each participant writes theirs (or an animator writes it with them), once per
 * stage; it stays between its author and the animation team unless the author shares it
 * with the other participants.
 */
@Service
class Debriefs {

	private final DebriefRepository debriefs;

	private final ExchangeAccess access;

	private final Clock clock;

	Debriefs(DebriefRepository debriefs, ExchangeAccess access, Clock clock) {
		this.debriefs = debriefs;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Records a participant's debrief.
	 * @throws AccessDeniedException when a member writes for someone else
	 * @throws FieldErrorsException when the person is not a participant or wrote nothing
	 * @throws ConflictException before the exchange runs, or for a second debrief
	 */
	@Transactional
	DebriefView write(NetworkScope scope, long exchangeId, long memberId, DebriefAnswers answers, boolean shared) {
		Exchange exchange = this.access.actable(scope, exchangeId);
		if (!scope.isAnimator() && !Objects.equals(scope.memberId(), memberId)) {
			throw new AccessDeniedException("A member writes their own debrief only");
		}
		if (!exchange.isActiveParticipant(memberId)) {
			throw FieldErrorsException.of("memberId", "exchange.debrief.notParticipant");
		}
		DebriefStage stage = exchange.debriefStage();
		if (this.debriefs.existsByExchangeIdAndMemberIdAndStage(exchangeId, memberId, stage)) {
			throw new ConflictException("exchange.debrief.twice");
		}
		if (answers.isBlank()) {
			throw FieldErrorsException.of("interesting", "exchange.debrief.blank");
		}
		try {
			return this.debriefs
				.saveAndFlush(new Debrief(exchangeId, memberId, stage, answers, shared, scope.memberId(),
						this.clock.instant()))
				.toView();
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("exchange.debrief.twice");
		}
	}

	/**
	 * The author (or an animator) shares a debrief with the other participants, or takes
	 * it back.
	 */
	@Transactional
	DebriefView share(NetworkScope scope, long exchangeId, long debriefId, boolean shared) {
		this.access.readable(scope, exchangeId);
		Debrief debrief = this.debriefs.findByIdAndExchangeId(debriefId, exchangeId)
			.orElseThrow(() -> new NotFoundException("exchange.debrief.notFound"));
		if (!scope.isAnimator() && !Objects.equals(scope.memberId(), debrief.getMemberId())) {
			throw new AccessDeniedException("Only its author shares a debrief");
		}
		debrief.share(shared);
		return debrief.toView();
	}

	/**
	 * The debriefs of an exchange that the caller may read: all of them for animators;
	 * their own and the shared ones for a participant.
	 */
	@Transactional(readOnly = true)
	List<DebriefView> readable(NetworkScope scope, long exchangeId) {
		this.access.readable(scope, exchangeId);
		return this.debriefs.findByExchangeIdOrderByWrittenAtAsc(exchangeId)
			.stream()
			.map(Debrief::toView)
			.filter((d) -> scope.isAnimator() || d.shared() || Objects.equals(d.memberId(), scope.memberId()))
			.toList();
	}

}
