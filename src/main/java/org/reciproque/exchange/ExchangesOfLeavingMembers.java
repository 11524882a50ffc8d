package org.reciproque.exchange;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.reciproque.member.MemberDataContributor;
import org.reciproque.member.MemberLeft;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's exchanges in their data export; and when they leave, their own words go with
 * them (debriefs, calendar feed, dismissed prompts) while the network's history keeps the
 * exchanges anonymously (the member record itself is anonymised by the member module).
 * Open exchanges left with fewer than two people stop.
 */
@Component
class ExchangesOfLeavingMembers implements MemberDataContributor {

	private final Exchanges exchanges;

	private final ExchangeRepository repository;

	private final ExchangeTermsRepository terms;

	private final MeetingRepository meetings;

	private final DebriefRepository debriefs;

	private final CalendarFeedRepository feeds;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final Clock clock;

	ExchangesOfLeavingMembers(Exchanges exchanges, ExchangeRepository repository, ExchangeTermsRepository terms,
			MeetingRepository meetings, DebriefRepository debriefs, CalendarFeedRepository feeds, JdbcTemplate jdbc,
			MessageSource messages, Clock clock) {
		this.exchanges = exchanges;
		this.repository = repository;
		this.terms = terms;
		this.meetings = meetings;
		this.debriefs = debriefs;
		this.feeds = feeds;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "exchanges";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Map<String, Object>> export(long memberId) {
		List<Exchange> theirs = this.repository.findByParticipant(memberId);
		Map<Long, List<DebriefView>> theirDebriefs = new LinkedHashMap<>();
		this.debriefs.findByMemberId(memberId)
			.stream()
			.map(Debrief::toView)
			.forEach((d) -> theirDebriefs.computeIfAbsent(d.exchangeId(), (id) -> new java.util.ArrayList<>()).add(d));
		return this.exchanges.toViews(theirs).stream().map((exchange) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", exchange.id());
			entry.put("subject", exchange.subject());
			entry.put("format", exchange.format());
			entry.put("status", exchange.status());
			entry.put("role", exchange.participant(memberId).map(ParticipantView::role).orElse(null));
			entry.put("createdAt", exchange.createdAt().toString());
			entry.put("terms", (exchange.terms() != null) ? exchange.terms().text() : null);
			entry.put("meetings",
					exchange.meetings()
						.stream()
						.map((m) -> Map.of("startsAt", m.startsAt().toString(), "held", m.held(), "attended",
								m.attendees().contains(memberId)))
						.toList());
			entry.put("debriefs",
					theirDebriefs.getOrDefault(exchange.id(), List.of())
						.stream()
						.map((d) -> Map.of("stage", d.stage(), "writtenAt", d.writtenAt().toString(), "shared",
								d.shared(), "answers", d.answers()))
						.toList());
			return entry;
		}).toList();
	}

	@EventListener
	@Transactional
	void erase(MemberLeft event) {
		long memberId = event.memberId();
		String reason = this.messages.getMessage("exchange.stopped.participantLeft", null, java.util.Locale.FRENCH);
		for (Exchange exchange : this.repository.findByParticipant(memberId)) {
			if (Objects.equals(exchange.getNetworkId(), event.networkId())) {
				exchange.memberLeft(memberId, reason, this.clock.instant());
			}
		}
		this.debriefs.deleteAll(this.debriefs.findByMemberId(memberId));
		this.debriefs.forgetWriter(memberId);
		this.terms.forgetWriter(memberId);
		this.terms.forgetForMember(memberId);
		this.meetings.forgetRecorder(memberId);
		this.feeds.deleteByMemberId(memberId);
		this.jdbc.update("delete from reciprocity_prompt_dismissal where member_id = ?", memberId);
	}

}
