package org.reciproque.exchange;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.NotFoundException;
import org.reciproque.platform.ReciproqueProperties;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendars: one private, revocable feed per member (its address holds a 256-bit random
 * token, the only credential a calendar client can send), and a download per exchange.
 */
@Service
class CalendarFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarFeedRepository feeds;

	private final ExchangeRepository exchanges;

	private final MeetingRepository meetings;

	private final ExchangeAccess access;

	private final Memberships memberships;

	private final Networks networks;

	private final MessageSource messages;

	private final ReciproqueProperties properties;

	private final Clock clock;

	CalendarFeeds(CalendarFeedRepository feeds, ExchangeRepository exchanges, MeetingRepository meetings,
			ExchangeAccess access, Memberships memberships, Networks networks, MessageSource messages,
			ReciproqueProperties properties, Clock clock) {
		this.feeds = feeds;
		this.exchanges = exchanges;
		this.meetings = meetings;
		this.access = access;
		this.memberships = memberships;
		this.networks = networks;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Optional<String> tokenOf(long memberId) {
		return this.feeds.findByMemberId(memberId).map(CalendarFeed::getToken);
	}

	/**
	 * A new address for the member's feed; the previous one, if any, stops working.
	 */
	@Transactional
	String renew(long memberId) {
		String token = newToken();
		Optional<CalendarFeed> existing = this.feeds.findByMemberId(memberId);
		if (existing.isPresent()) {
			existing.get().renew(token, this.clock.instant());
		}
		else {
			this.feeds.save(new CalendarFeed(memberId, token, this.clock.instant()));
		}
		return token;
	}

	@Transactional
	void revoke(long memberId) {
		this.feeds.deleteByMemberId(memberId);
	}

	/**
	 * The feed behind a token: every meeting of the member's exchanges in their network.
	 * @throws NotFoundException for an unknown or revoked token, or a member who left
	 */
	@Transactional(readOnly = true)
	String feed(String token) {
		CalendarFeed feed = this.feeds.findByToken(token)
			.orElseThrow(() -> new NotFoundException("exchange.calendar.notFound"));
		MemberView member = this.memberships.findAll(List.of(feed.getMemberId())).get(feed.getMemberId());
		if (member == null || !member.isActive()) {
			throw new NotFoundException("exchange.calendar.notFound");
		}
		NetworkView network = this.networks.findById(member.networkId()).orElseThrow();
		List<Exchange> theirs = this.exchanges.findByParticipant(member.id())
			.stream()
			.filter((e) -> e.getNetworkId() == network.id() && e.isActiveParticipant(member.id())
					&& e.getStatus() != ExchangeStatus.STOPPED)
			.toList();
		String name = this.messages.getMessage("exchange.calendar.name", new Object[] { network.name() },
				java.util.Locale.FRENCH);
		return IcsWriter.calendar(name, events(network.slug(), theirs), this.clock.instant());
	}

	/**
	 * One exchange's meetings, for participants and animators.
	 */
	@Transactional(readOnly = true)
	String exchange(NetworkScope scope, long exchangeId) {
		Exchange exchange = this.access.readable(scope, exchangeId);
		return IcsWriter.calendar(exchange.getSubject(), events(scope.slug(), List.of(exchange)), this.clock.instant());
	}

	private List<IcsWriter.Event> events(String slug, List<Exchange> exchanges) {
		List<IcsWriter.Event> events = new ArrayList<>();
		if (exchanges.isEmpty()) {
			return events;
		}
		java.util.Map<Long, Exchange> byId = new java.util.HashMap<>();
		exchanges.forEach((e) -> byId.put(e.getId(), e));
		String host = java.net.URI.create(this.properties.baseUrl()).getHost();
		for (Meeting meeting : this.meetings.findByExchangeIdInOrderByStartsAtAsc(byId.keySet())) {
			MeetingView view = meeting.toView();
			Exchange exchange = byId.get(view.exchangeId());
			String url = this.properties.baseUrl() + "/networks/" + slug + "/exchanges/" + exchange.getId();
			String location = (view.place() != null) ? view.place() : view.link();
			String description = join(view.notes(), (view.place() != null) ? view.link() : null);
			events.add(
					new IcsWriter.Event("meeting-" + view.id() + "@" + ((host != null) ? host : "reciproque"),
							this.messages.getMessage("exchange.calendar.summary",
									new Object[] { exchange.getSubject() }, java.util.Locale.FRENCH),
							view.startsAt(), view.endsAt(), location, description, url));
		}
		return events;
	}

	private static @org.jspecify.annotations.Nullable String join(@org.jspecify.annotations.Nullable String a,
			@org.jspecify.annotations.Nullable String b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : a + "\n" + b;
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
