package org.reciproque.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Format;
import org.reciproque.matching.IntroductionAccepted;
import org.reciproque.matching.IntroductionJoined;
import org.reciproque.matching.ParticipantRole;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange module's public service: exchanges are created (from an accepted
 * introduction, or by an animator), read, joined, and moved through their statuses.
 * Terms, meetings and debriefs have their own services in this module.
 */
@Service
public class Exchanges {

	private static final Logger log = LoggerFactory.getLogger(Exchanges.class);

	private final ExchangeRepository exchanges;

	private final ExchangeTermsRepository terms;

	private final MeetingRepository meetings;

	private final ExchangeAccess access;

	private final Memberships memberships;

	private final Clock clock;

	private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

	Exchanges(ExchangeRepository exchanges, ExchangeTermsRepository terms, MeetingRepository meetings,
			ExchangeAccess access, Memberships memberships, Clock clock,
			org.springframework.transaction.PlatformTransactionManager transactionManager) {
		// events are handled in a transaction of their own, so that a duplicate delivery
		// that loses a race never spoils the listener's transaction
		this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		this.ownTransaction
			.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.exchanges = exchanges;
		this.terms = terms;
		this.meetings = meetings;
		this.access = access;
		this.memberships = memberships;
		this.clock = clock;
	}

	/**
	 * An accepted introduction becomes an exchange, once: a second delivery of the same
	 * event finds the exchange already there.
	 */
	public long fromIntroduction(IntroductionAccepted event) {
		try {
			Long id = this.ownTransaction.execute((status) -> create(event));
			return java.util.Objects.requireNonNull(id);
		}
		catch (DataIntegrityViolationException ex) {
			// delivered twice at the same time: the other delivery created it
			return this.exchanges.findIdByIntroductionId(event.introductionId()).orElseThrow(() -> ex);
		}
	}

	private long create(IntroductionAccepted event) {
		Optional<Long> existing = this.exchanges.findIdByIntroductionId(event.introductionId());
		if (existing.isPresent()) {
			return existing.get();
		}
		Exchange exchange = new Exchange(event.networkId(), event.introductionId(), event.knowledgeId(),
				subject(event.subject()), formatOf(event), null, this.clock.instant());
		for (IntroductionAccepted.Participant participant : event.participants()) {
			if (this.memberships.find(event.networkId(), participant.memberId()).isPresent()) {
				exchange.join(participant.memberId(), participant.role(), this.clock.instant());
			}
		}
		return this.exchanges.saveAndFlush(exchange).getId();
	}

	/**
	 * Someone accepted a collective introduction later: they join its exchange.
	 */
	public void join(IntroductionJoined event) {
		for (int attempt = 1;; attempt++) {
			try {
				this.ownTransaction.executeWithoutResult((status) -> joinOnce(event));
				return;
			}
			catch (org.springframework.dao.OptimisticLockingFailureException ex) {
				// another participant joined at the same moment: read again and retry
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	private void joinOnce(IntroductionJoined event) {
		Optional<Exchange> exchange = this.exchanges.findByIntroductionId(event.introductionId());
		if (exchange.isEmpty()) {
			log.warn("Introduction {} joined before it became an exchange", event.introductionId());
			return;
		}
		if (exchange.get().getStatus().isOpen()
				&& this.memberships.find(event.networkId(), event.participant().memberId()).isPresent()) {
			exchange.get().join(event.participant().memberId(), event.participant().role(), this.clock.instant());
		}
	}

	/**
	 * An animator records an exchange that started outside the software.
	 */
	@Transactional
	public ExchangeView create(NetworkScope scope, NewExchange command) {
		Exchange exchange = new Exchange(scope.networkId(), null, command.knowledgeId(), subject(command.subject()),
				command.format(), scope.memberId(), this.clock.instant());
		for (int i = 0; i < command.participants().size(); i++) {
			NewExchange.NewParticipant participant = command.participants().get(i);
			requireActiveMember(scope, participant.memberId(), "participants[" + i + "].memberId");
			exchange.join(participant.memberId(), participant.role(), this.clock.instant());
		}
		if (exchange.activeMemberIds().size() < 2) {
			throw FieldErrorsException.of("participants", "exchange.participants.tooFew");
		}
		return toView(this.exchanges.save(exchange));
	}

	/**
	 * An animator adds a person to an open exchange.
	 */
	@Transactional
	public ExchangeView addParticipant(NetworkScope scope, long id, long memberId, ParticipantRole role) {
		Exchange exchange = this.access.load(scope, id);
		exchange.requireOpen();
		requireActiveMember(scope, memberId, "memberId");
		if (!exchange.join(memberId, role, this.clock.instant())) {
			throw new ConflictException("exchange.participants.already");
		}
		return toView(exchange);
	}

	@Transactional(readOnly = true)
	public ExchangeView get(NetworkScope scope, long id) {
		return toView(this.access.readable(scope, id));
	}

	/**
	 * Exchanges the caller may see: all of the network's for animators, their own for
	 * members.
	 */
	@Transactional(readOnly = true)
	public List<ExchangeView> list(NetworkScope scope, @Nullable ExchangeStatus status) {
		List<Exchange> found = scope.isAnimator() ? this.exchanges.findByNetwork(scope.networkId())
				: this.exchanges.findByParticipant(scope.requireMemberId())
					.stream()
					.filter((e) -> e.getNetworkId() == scope.networkId() && e.isActiveParticipant(scope.memberId()))
					.toList();
		return toViews(found.stream().filter((e) -> status == null || e.getStatus() == status).toList());
	}

	/**
	 * The exchanges a member takes or took part in.
	 */
	@Transactional(readOnly = true)
	public List<ExchangeView> ofMember(long networkId, long memberId) {
		return toViews(this.exchanges.findByParticipant(memberId)
			.stream()
			.filter((e) -> e.getNetworkId() == networkId)
			.toList());
	}

	/**
	 * Moves the exchange on: running (once terms exist), done (once running), or stopped
	 * (while open, with an optional reason).
	 */
	@Transactional
	public ExchangeView changeStatus(NetworkScope scope, long id, ExchangeStatus status, @Nullable String reason) {
		Exchange exchange = this.access.actable(scope, id);
		switch (status) {
			case RUNNING -> exchange.markRunning(this.clock.instant());
			case DONE -> exchange.markDone(this.clock.instant());
			case STOPPED ->
				exchange.stop((reason == null || reason.isBlank()) ? null : reason.strip(), this.clock.instant());
			case AGREEING_TERMS -> throw FieldErrorsException.of("status", "exchange.status.invalid");
		}
		return toView(exchange);
	}

	/**
	 * Display names of the given members (a member who left has none).
	 */
	@Transactional(readOnly = true)
	public Map<Long, MemberView> people(java.util.Collection<Long> memberIds) {
		return this.memberships.findAll(memberIds);
	}

	ExchangeView toView(Exchange exchange) {
		return toViews(List.of(exchange)).get(0);
	}

	List<ExchangeView> toViews(List<Exchange> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(Exchange::getId).toList();
		Map<Long, List<MeetingView>> meetingsByExchange = this.meetings.findByExchangeIdInOrderByStartsAtAsc(ids)
			.stream()
			.map(Meeting::toView)
			.collect(Collectors.groupingBy(MeetingView::exchangeId));
		Map<Long, TermsView> current = currentTerms(found);
		return found.stream()
			.map((e) -> new ExchangeView(e.getId(), e.getNetworkId(), e.getIntroductionId(), e.getKnowledgeId(),
					e.getSubject(), e.getFormat(), e.getStatus(), e.getStopReason(),
					e.getParticipants().stream().map(Participant::toView).toList(), current.get(e.getId()),
					meetingsByExchange.getOrDefault(e.getId(), List.of()), e.getCreatedAt(), e.getStartedAt(),
					e.getEndedAt()))
			.toList();
	}

	private Map<Long, TermsView> currentTerms(List<Exchange> found) {
		Map<Long, Integer> versions = found.stream()
			.filter((e) -> e.getTermsVersion() > 0)
			.collect(Collectors.toMap(Exchange::getId, Exchange::getTermsVersion));
		if (versions.isEmpty()) {
			return Map.of();
		}
		if (versions.size() == 1) {
			Map.Entry<Long, Integer> only = versions.entrySet().iterator().next();
			return this.terms.findByExchangeIdAndNumber(only.getKey(), only.getValue())
				.map((t) -> Map.of(only.getKey(), t.toView()))
				.orElse(Map.of());
		}
		return this.terms.findByExchangeIdIn(versions.keySet())
			.stream()
			.filter((t) -> Objects.equals(versions.get(t.getExchangeId()), t.toView().version()))
			.collect(Collectors.toMap(ExchangeTerms::getExchangeId, ExchangeTerms::toView, (a, b) -> a));
	}

	private void requireActiveMember(NetworkScope scope, long memberId, String field) {
		boolean active = this.memberships.find(scope.networkId(), memberId).map(MemberView::isActive).orElse(false);
		if (!active) {
			throw FieldErrorsException.of(field, "exchange.participants.unknown");
		}
	}

	static Format formatOf(IntroductionAccepted event) {
		boolean everyoneBoth = !event.participants().isEmpty()
				&& event.participants().stream().allMatch((p) -> p.role() == ParticipantRole.BOTH);
		if (everyoneBoth) {
			return Format.PRACTICE_SHARING;
		}
		return (event.collective() || event.participants().size() > 2) ? Format.GROUP : Format.ONE_TO_ONE;
	}

	private static String subject(String subject) {
		String stripped = subject.strip();
		return (stripped.length() > 200) ? stripped.substring(0, 200) : stripped;
	}

}
