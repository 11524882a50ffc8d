package org.reciproque.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.member.ContactChannel;
import org.reciproque.member.MemberContact;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.NotFoundException;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matching module's service for introductions: propose (an animator, or a member
 * interested in an item), answer (the person, or an animator for a member without
 * account), cancel, expire with one reminder. Consent comes first: contact details are
 * shared only once everyone required agreed, and only on the channel each chose.
 */
@Service
public class Introductions {

	static final int MAX_LEARNERS = 30;

	private final IntroductionRepository repository;

	private final Knowledges knowledges;

	private final Memberships memberships;

	private final Networks networks;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final IntroductionMails mails;

	private final ObjectProvider<ExchangeLinks> exchanges;

	private final Clock clock;

	Introductions(IntroductionRepository repository, Knowledges knowledges, Memberships memberships, Networks networks,
			JdbcTemplate jdbc, ApplicationEventPublisher events, IntroductionMails mails,
			ObjectProvider<ExchangeLinks> exchanges, Clock clock) {
		this.repository = repository;
		this.knowledges = knowledges;
		this.memberships = memberships;
		this.networks = networks;
		this.jdbc = jdbc;
		this.events = events;
		this.mails = mails;
		this.exchanges = exchanges;
		this.clock = clock;
	}

	/**
	 * An animator proposes an offer to the authors of one or more requests.
	 */
	@Transactional
	public IntroductionView propose(NetworkScope scope, ProposeIntroduction command) {
		requireAnimator(scope);
		KnowledgeView offer = item(scope, command.offerId(), "offerId", Direction.OFFER);
		List<Party> parties = new ArrayList<>();
		parties.add(new Party(offer.memberId(), offer.id(), ParticipantRole.PASSES_ON));
		Set<Long> people = new HashSet<>(Set.of(offer.memberId()));
		List<Long> requestIds = List.copyOf(new LinkedHashSet<>(command.requestIds()));
		for (int i = 0; i < requestIds.size(); i++) {
			String field = "requestIds[" + i + "]";
			KnowledgeView request = item(scope, requestIds.get(i), field, Direction.REQUEST);
			if (!people.add(request.memberId())) {
				throw FieldErrorsException.of(field, (request.memberId() == offer.memberId())
						? "introduction.error.ownItem" : "introduction.error.samePersonTwice");
			}
			parties.add(new Party(request.memberId(), request.id(), ParticipantRole.LEARNS));
		}
		Introduction introduction = open(scope, offer.id(), offer.title(), command.note(), Initiative.ANIMATOR,
				parties);
		for (Party party : parties.subList(1, parties.size())) {
			claimPair(offer.id(), party.memberId(), introduction.getId());
		}
		return sent(scope, introduction);
	}

	/**
	 * An animator introduces people directly, about something not on the board.
	 */
	@Transactional
	public IntroductionView proposeDirect(NetworkScope scope, DirectIntroduction command) {
		requireAnimator(scope);
		List<Party> parties = new ArrayList<>();
		ParticipantRole learner = command.everyoneBoth() ? ParticipantRole.BOTH : ParticipantRole.LEARNS;
		parties.add(new Party(activeMember(scope, command.passesOnMemberId(), "passesOnMemberId").id(), null,
				command.everyoneBoth() ? ParticipantRole.BOTH : ParticipantRole.PASSES_ON));
		Set<Long> people = new HashSet<>(Set.of(command.passesOnMemberId()));
		for (int i = 0; i < command.learnerIds().size(); i++) {
			String field = "learnerIds[" + i + "]";
			long memberId = activeMember(scope, command.learnerIds().get(i), field).id();
			if (!people.add(memberId)) {
				throw FieldErrorsException.of(field, "introduction.error.samePersonTwice");
			}
			parties.add(new Party(memberId, null, learner));
		}
		Introduction introduction = open(scope, null, command.subject().strip(), command.note(), Initiative.ANIMATOR,
				parties);
		return sent(scope, introduction);
	}

	/**
	 * A member says "je suis intéressé·e" on someone's item: they accept at once (on the
	 * channel they chose), and the author is asked.
	 */
	@Transactional
	public IntroductionView expressInterest(NetworkScope scope, long itemId, ContactChannel channel,
			@Nullable String note) {
		long me = scope.requireMemberId();
		NetworkView network = this.networks.get(scope.slug());
		if (!network.memberIntroductionsAllowed()) {
			throw new ConflictException("introduction.error.memberIntroductionsOff");
		}
		KnowledgeView item = item(scope, itemId, "itemId", null);
		if (item.memberId() == me) {
			throw FieldErrorsException.of("itemId", "introduction.error.ownItem");
		}
		if (note != null && note.length() > ProposeIntroduction.MAX_NOTE) {
			throw FieldErrorsException.of("note", "introduction.error.noteTooLong");
		}
		requireChannelPossible(scope, me, channel);
		boolean offer = item.direction() == Direction.OFFER;
		Party author = new Party(item.memberId(), item.id(),
				offer ? ParticipantRole.PASSES_ON : ParticipantRole.LEARNS);
		Party interested = new Party(me, null, offer ? ParticipantRole.LEARNS : ParticipantRole.PASSES_ON);
		Introduction introduction = open(scope, offer ? item.id() : null, item.title(), note, Initiative.MEMBER,
				offer ? List.of(author, interested) : List.of(interested, author));
		claimPair(item.id(), me, introduction.getId());
		introduction.answer(me, true, channel, me, null, now());
		return sent(scope, introduction);
	}

	/**
	 * One person's answer, given by them or recorded by an animator for a member who does
	 * not sign in.
	 */
	@Transactional
	public IntroductionView answer(NetworkScope scope, long id, ConsentAnswer answer) {
		Introduction introduction = find(scope, id);
		long memberId = answer.memberId();
		if (!introduction.concerns(memberId)) {
			throw FieldErrorsException.of("memberId", "introduction.error.notConcerned");
		}
		boolean self = Objects.equals(scope.memberId(), memberId);
		if (!self) {
			MemberView person = this.memberships.get(scope.networkId(), memberId);
			if (!scope.isAnimator() || person.hasAccount()) {
				throw new AccessDeniedException("Only " + memberId + " answers for themself");
			}
			if (answer.recordedHow() == null) {
				throw FieldErrorsException.of("recordedHow", "introduction.error.recordedHowMissing");
			}
		}
		boolean accept = answer.decision() == ConsentAnswer.Decision.ACCEPT;
		ContactChannel channel = accept ? Objects.requireNonNullElse(answer.channel(), ContactChannel.ANIMATOR) : null;
		if (channel != null) {
			requireChannelPossible(scope, memberId, channel);
		}
		long actor = self ? memberId : scope.requireMemberId();
		Introduction.Outcome outcome = introduction.answer(memberId, accept, channel, actor,
				self ? null : answer.recordedHow(), now());
		if (!accept) {
			this.jdbc.update("update introduction_pair set declined = true where introduction_id = ? and member_id = ?",
					id, memberId);
		}
		afterAnswer(scope, introduction, outcome, memberId);
		return view(scope, introduction);
	}

	private void afterAnswer(NetworkScope scope, Introduction introduction, Introduction.Outcome outcome,
			long memberId) {
		switch (outcome) {
			case ACCEPTED -> {
				this.events.publishEvent(introduction.accepted());
				this.mails.accepted(scope.slug(), introduction, names(introduction), contacts(introduction));
			}
			case JOINED -> {
				this.events.publishEvent(introduction.joinedBy(memberId));
				this.mails.accepted(scope.slug(), introduction, names(introduction), contacts(introduction));
			}
			case DECLINED -> releasePairs(introduction);
			case NONE -> {
			}
		}
	}

	/**
	 * An animator withdraws a proposal still waiting for answers.
	 */
	@Transactional
	public IntroductionView cancel(NetworkScope scope, long id) {
		requireAnimator(scope);
		Introduction introduction = find(scope, id);
		introduction.cancel(scope.requireMemberId(), now());
		releasePairs(introduction);
		return view(scope, introduction);
	}

	/**
	 * The introduction, for the people it concerns and the animators.
	 */
	@Transactional(readOnly = true)
	public IntroductionView get(NetworkScope scope, long id) {
		Introduction introduction = find(scope, id);
		if (!scope.isAnimator() && !introduction.concerns(scope.memberId())) {
			throw new AccessDeniedException("Not concerned by introduction " + id);
		}
		return view(scope, introduction);
	}

	/**
	 * For an animator, every introduction of the network (optionally of some statuses
	 * only); for a member, those that concern them.
	 */
	@Transactional(readOnly = true)
	public List<IntroductionView> list(NetworkScope scope, Collection<IntroductionStatus> statuses) {
		List<Introduction> found;
		if (scope.isAnimator()) {
			found = statuses.isEmpty() ? this.repository.findByNetworkIdOrderByCreatedAtDesc(scope.networkId())
					: this.repository.findByNetworkIdAndStatusInOrderByCreatedAtDesc(scope.networkId(), statuses);
		}
		else {
			found = (scope.memberId() == null) ? List.of()
					: this.repository.findConcerning(scope.memberId())
						.stream()
						.filter((introduction) -> introduction.networkId() == scope.networkId())
						.filter((introduction) -> statuses.isEmpty() || statuses.contains(introduction.status()))
						.toList();
		}
		return views(scope, found);
	}

	/**
	 * How many proposals wait for this member's own answer.
	 */
	@Transactional(readOnly = true)
	public long waitingForAnswer(NetworkScope scope) {
		Long me = scope.memberId();
		if (me == null) {
			return 0;
		}
		Instant now = now();
		return this.repository.findConcerning(me)
			.stream()
			.filter((introduction) -> introduction.networkId() == scope.networkId() && introduction.status().isOpen()
					&& now.isBefore(introduction.expiresAt()))
			.filter((introduction) -> introduction.party(me).map(Party::isPending).orElse(false))
			.count();
	}

	/**
	 * Items already linked to this member by an introduction (open, accepted or
	 * declined): suggestions never propose them again.
	 */
	@Transactional(readOnly = true)
	public Set<Long> itemsPairedWith(long memberId) {
		return new HashSet<>(this.jdbc.queryForList("select item_id from introduction_pair where member_id = ?",
				Long.class, memberId));
	}

	/**
	 * Every (item, member) pair of the network already linked by an introduction, as
	 * {@code itemId + ":" + memberId}.
	 */
	@Transactional(readOnly = true)
	public Set<String> pairsOf(long networkId) {
		return new HashSet<>(this.jdbc.queryForList(
				"select p.item_id || ':' || p.member_id from introduction_pair p "
						+ "join introduction i on i.id = p.introduction_id where i.network_id = ?",
				String.class, networkId));
	}

	/**
	 * Members already linked to this item by an introduction.
	 */
	@Transactional(readOnly = true)
	public Set<Long> membersPairedWith(long itemId) {
		return new HashSet<>(this.jdbc.queryForList("select member_id from introduction_pair where item_id = ?",
				Long.class, itemId));
	}

	/**
	 * Expires proposals past their time and reminds, once, those who have not answered
	 * halfway. Returns how many introductions changed.
	 */
	@Transactional
	public int expireAndRemind(Instant now) {
		int changed = 0;
		for (Introduction introduction : this.repository
			.findOpenSince(List.of(IntroductionStatus.PROPOSED, IntroductionStatus.ACCEPTED), now)) {
			if (introduction.expireIfDue(now)) {
				releasePairs(introduction);
				changed++;
			}
			else if (introduction.needsReminder(now)) {
				introduction.reminded(now);
				this.networks.findById(introduction.networkId())
					.ifPresent((network) -> this.mails.reminder(network.slug(), introduction, names(introduction),
							contacts(introduction)));
				changed++;
			}
		}
		return changed;
	}

	/**
	 * The member left: pending answers are withdrawn (the consent record is kept).
	 */
	@Transactional
	void withdraw(long memberId) {
		Instant now = now();
		for (Introduction introduction : this.repository.findConcerning(memberId)) {
			introduction.withdraw(memberId, now);
			if (!introduction.status().isOpen()) {
				releasePairs(introduction);
			}
		}
	}

	/**
	 * Every introduction that concerns the member, for their data export.
	 */
	@Transactional(readOnly = true)
	List<IntroductionView> concerning(long memberId) {
		List<Introduction> found = this.repository.findConcerning(memberId);
		Lookups lookups = lookups(found);
		return found.stream()
			.map((introduction) -> view(introduction, introduction.networkId(), false, memberId, lookups))
			.toList();
	}

	private Introduction open(NetworkScope scope, @Nullable Long offerId, String subject, @Nullable String note,
			Initiative initiative, List<Party> parties) {
		NetworkView network = this.networks.get(scope.slug());
		Instant now = now();
		Instant expiresAt = now.plus(Duration.ofDays(network.introductionExpiryDays()));
		String cleanNote = (note == null || note.isBlank()) ? null : note.strip();
		return this.repository.saveAndFlush(new Introduction(scope.networkId(), offerId, subject, cleanNote, initiative,
				scope.requireMemberId(), parties, now, expiresAt));
	}

	private IntroductionView sent(NetworkScope scope, Introduction introduction) {
		this.mails.proposed(scope.slug(), introduction, names(introduction), contacts(introduction));
		return view(scope, introduction);
	}

	private void claimPair(long itemId, long memberId, long introductionId) {
		try {
			this.jdbc.update("insert into introduction_pair (item_id, member_id, introduction_id) values (?, ?, ?)",
					itemId, memberId, introductionId);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("introduction.error.alreadyProposed");
		}
	}

	/**
	 * Pairs whose proposal ended without a refusal may be proposed again: all of a
	 * cancelled or expired introduction, and the people of an open one who did not answer
	 * in time or left.
	 */
	private void releasePairs(Introduction introduction) {
		IntroductionStatus status = introduction.status();
		if (status == IntroductionStatus.CANCELLED || status == IntroductionStatus.EXPIRED) {
			this.jdbc.update("delete from introduction_pair where introduction_id = ? and declined = false",
					introduction.getId());
			return;
		}
		for (Party party : introduction.parties()) {
			if (party.answer() == ConsentStatus.EXPIRED || party.answer() == ConsentStatus.WITHDRAWN) {
				this.jdbc.update(
						"delete from introduction_pair where introduction_id = ? and member_id = ? and declined = false",
						introduction.getId(), party.memberId());
			}
		}
	}

	private KnowledgeView item(NetworkScope scope, long id, String field, @Nullable Direction direction) {
		KnowledgeView item;
		try {
			item = this.knowledges.get(scope, id);
		}
		catch (NotFoundException ex) {
			throw FieldErrorsException.of(field, "introduction.error.unknownItem");
		}
		if (direction != null && item.direction() != direction) {
			throw FieldErrorsException.of(field, (direction == Direction.OFFER) ? "introduction.error.notAnOffer"
					: "introduction.error.notARequest");
		}
		if (!item.isActive()) {
			throw FieldErrorsException.of(field, "introduction.error.inactiveItem");
		}
		return item;
	}

	private MemberView activeMember(NetworkScope scope, long memberId, String field) {
		return this.memberships.find(scope.networkId(), memberId)
			.filter(MemberView::isActive)
			.orElseThrow(() -> FieldErrorsException.of(field, "introduction.error.unknownMember"));
	}

	private void requireChannelPossible(NetworkScope scope, long memberId, ContactChannel channel) {
		MemberContact contact = this.memberships.contact(scope.networkId(), memberId);
		if (channel == ContactChannel.EMAIL && contact.email() == null) {
			throw FieldErrorsException.of("channel", "introduction.error.noEmail");
		}
		if (channel == ContactChannel.PHONE && contact.phone() == null) {
			throw FieldErrorsException.of("channel", "introduction.error.noPhone");
		}
	}

	private static void requireAnimator(NetworkScope scope) {
		if (!scope.has(NetworkRole.ANIMATOR)) {
			throw new AccessDeniedException("Animators propose introductions");
		}
	}

	private Introduction find(NetworkScope scope, long id) {
		return this.repository.findByIdAndNetworkId(id, scope.networkId())
			.orElseThrow(() -> new NotFoundException("introduction.error.notFound"));
	}

	private Map<Long, MemberView> names(Introduction introduction) {
		return lookups(List.of(introduction)).members();
	}

	/**
	 * The people and items of several introductions, each read once (a list of
	 * introductions costs two queries, not two per introduction).
	 */
	private Lookups lookups(Collection<Introduction> introductions) {
		Set<Long> people = new HashSet<>();
		Set<Long> items = new HashSet<>();
		for (Introduction introduction : introductions) {
			people.add(introduction.proposedById());
			for (Party party : introduction.parties()) {
				people.add(party.memberId());
				if (party.knowledgeId() != null) {
					items.add(party.knowledgeId());
				}
			}
		}
		return new Lookups(this.memberships.findAll(people), this.knowledges.lookupAll(items));
	}

	private Map<Long, MemberContact> contacts(Introduction introduction) {
		Map<Long, MemberContact> contacts = new HashMap<>();
		for (Party party : introduction.parties()) {
			contacts.put(party.memberId(), this.memberships.contact(introduction.networkId(), party.memberId()));
		}
		return contacts;
	}

	private List<IntroductionView> views(NetworkScope scope, List<Introduction> introductions) {
		Lookups lookups = lookups(introductions);
		return introductions.stream()
			.map((introduction) -> view(introduction, scope.networkId(), scope.isAnimator(), scope.memberId(), lookups))
			.toList();
	}

	private IntroductionView view(NetworkScope scope, Introduction introduction) {
		return views(scope, List.of(introduction)).get(0);
	}

	/**
	 * The introduction as one reader sees it. Contacts are shared only when it is
	 * accepted, for people who accepted, on the channel they chose, and only to readers
	 * who are animators or accepted themselves.
	 */
	private IntroductionView view(Introduction introduction, long networkId, boolean animator, @Nullable Long readerId,
			Lookups lookups) {
		Map<Long, MemberView> members = lookups.members();
		boolean readerAccepted = readerId != null && introduction.party(readerId).map(Party::hasAccepted).orElse(false);
		boolean sharing = introduction.status() == IntroductionStatus.ACCEPTED && (animator || readerAccepted);
		List<IntroductionView.Consent> consents = new ArrayList<>();
		for (Party party : introduction.parties()) {
			MemberView member = members.get(party.memberId());
			IntroductionView.SharedContact shared = (sharing && party.hasAccepted())
					? shared(networkId, party.memberId(), Objects.requireNonNull(party.channel())) : null;
			consents.add(new IntroductionView.Consent(party.memberId(), (member != null) ? member.displayName() : null,
					member != null && member.hasAccount(), party.knowledgeId(), lookups.title(party.knowledgeId()),
					party.role(), party.answer(), party.channel(), party.answeredAt(), party.recordedById(),
					party.recordedHow(), shared));
		}
		MemberView proposer = members.get(introduction.proposedById());
		Long exchangeId = (introduction.status() == IntroductionStatus.ACCEPTED) ? this.exchanges.stream()
			.map((links) -> links.exchangeFor(introduction.getId()).orElse(null))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null) : null;
		return new IntroductionView(introduction.getId(), introduction.networkId(), introduction.status(),
				introduction.offerId(), introduction.subject(), introduction.note(), introduction.collective(),
				introduction.initiatedBy(), introduction.proposedById(),
				(proposer != null) ? proposer.displayName() : null, introduction.createdAt(), introduction.expiresAt(),
				introduction.acceptedAt(), consents,
				introduction.records().stream().map(ConsentRecord::toView).toList(), exchangeId);
	}

	private IntroductionView.SharedContact shared(long networkId, long memberId, ContactChannel channel) {
		MemberContact contact = this.memberships.contact(networkId, memberId);
		String value = switch (channel) {
			case EMAIL -> contact.email();
			case PHONE -> contact.phone();
			case ANIMATOR, DROP_IN -> null;
		};
		return new IntroductionView.SharedContact(channel, value);
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * The people and items some introductions mention.
	 *
	 * @param members members by id
	 * @param items offers and requests by id
	 */
	private record Lookups(Map<Long, MemberView> members, Map<Long, KnowledgeView> items) {

		@Nullable String title(@Nullable Long knowledgeId) {
			KnowledgeView item = (knowledgeId != null) ? this.items.get(knowledgeId) : null;
			return (item != null) ? item.title() : null;
		}

	}

}
