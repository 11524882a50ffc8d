package org.reciproque.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Format;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.NetworkView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The animation team's view of every exchange of a network: which wait for terms, which
 * run, which stalled (no meeting for the network's number of weeks, none planned), which
 * are done without everyone's debrief. Read with a few set-based queries, so that a
 * network of thousands of exchanges stays fast.
 */
@Service
class FollowUp {

	static final int PAGE_SIZE = 50;

	private final JdbcTemplate jdbc;

	private final Memberships memberships;

	private final Clock clock;

	FollowUp(JdbcTemplate jdbc, Memberships memberships, Clock clock) {
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.clock = clock;
	}

	/**
	 * The follow-up page's content.
	 *
	 * @param rows the rows of the requested page
	 * @param counts how many exchanges in each category (whatever the filter)
	 * @param total how many match the filter
	 * @param page the page shown (from 0)
	 * @param pages how many pages
	 */
	record FollowUpPage(List<FollowUpRow> rows, Map<FollowUpCategory, Integer> counts, int total, int page, int pages) {
	}

	@Transactional(readOnly = true)
	FollowUpPage page(NetworkView network, @Nullable FollowUpCategory category, @Nullable Format format,
			@Nullable String text, int page) {
		List<FollowUpRow> all = rows(network);
		Map<FollowUpCategory, Integer> counts = new EnumMap<>(FollowUpCategory.class);
		for (FollowUpCategory c : FollowUpCategory.values()) {
			counts.put(c, 0);
		}
		all.forEach((row) -> counts.merge(row.category(), 1, Integer::sum));
		String needle = (text == null || text.isBlank()) ? null : text.strip().toLowerCase(Locale.ROOT);
		List<FollowUpRow> matching = all.stream()
			.filter((row) -> category == null || row.category() == category)
			.filter((row) -> format == null || row.format() == format)
			.filter((row) -> needle == null || row.subject().toLowerCase(Locale.ROOT).contains(needle)
					|| row.participants().stream().anyMatch((n) -> n.toLowerCase(Locale.ROOT).contains(needle)))
			.toList();
		int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 0), pages - 1);
		List<FollowUpRow> rows = matching.subList(shown * PAGE_SIZE,
				Math.min(matching.size(), (shown + 1) * PAGE_SIZE));
		return new FollowUpPage(rows, counts, matching.size(), shown, pages);
	}

	List<FollowUpRow> rows(NetworkView network) {
		Instant now = this.clock.instant();
		OffsetDateTime nowParam = now.atOffset(ZoneOffset.UTC);
		long networkId = network.id();
		Map<Long, List<long[]>> participants = new HashMap<>();
		Set<Long> memberIds = new HashSet<>();
		this.jdbc.query(
				"select p.exchange_id, p.member_id from exchange_participant p "
						+ "join exchange e on e.id = p.exchange_id where e.network_id = ? and p.left_at is null",
				(rs) -> {
					long memberId = rs.getLong(2);
					participants.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>()).add(new long[] { memberId });
					memberIds.add(memberId);
				}, networkId);
		Map<Long, Instant[]> meetings = new HashMap<>();
		this.jdbc.query(
				"select m.exchange_id, max(case when m.held then m.starts_at end), "
						+ "min(case when not m.held and m.starts_at > ? then m.starts_at end) from meeting m "
						+ "join exchange e on e.id = m.exchange_id where e.network_id = ? group by m.exchange_id",
				(rs) -> {
					meetings.put(rs.getLong(1), new Instant[] { instant(rs.getObject(2, OffsetDateTime.class)),
							instant(rs.getObject(3, OffsetDateTime.class)) });
				}, nowParam, networkId);
		Map<Long, Integer> debriefs = new HashMap<>();
		this.jdbc.query("select d.exchange_id, count(distinct d.member_id) from debrief d "
				+ "join exchange e on e.id = d.exchange_id where e.network_id = ? and d.stage = 'FINAL' "
				+ "group by d.exchange_id", (rs) -> {
					debriefs.put(rs.getLong(1), rs.getInt(2));
				}, networkId);
		Map<Long, MemberView> people = this.memberships.findAll(memberIds);
		Instant stalledBefore = now.minus(Duration.ofDays(7L * network.stalledAfterWeeks()));
		List<FollowUpRow> rows = new ArrayList<>();
		this.jdbc.query("select id, subject, format, status, created_at, started_at, terms_version from exchange "
				+ "where network_id = ?", (rs) -> {
					long id = rs.getLong(1);
					ExchangeStatus status = ExchangeStatus.valueOf(rs.getString(4));
					Instant createdAt = instant(rs.getObject(5, OffsetDateTime.class));
					Instant startedAt = instant(rs.getObject(6, OffsetDateTime.class));
					Instant[] meeting = meetings.getOrDefault(id, new Instant[2]);
					List<long[]> who = participants.getOrDefault(id, List.of());
					int debriefed = debriefs.getOrDefault(id, 0);
					FollowUpCategory category = categoryOf(status, startedAt, meeting[0], meeting[1], stalledBefore,
							debriefed, who.size());
					List<String> names = who.stream().map((p) -> name(people.get(p[0]))).sorted().toList();
					rows.add(new FollowUpRow(id, rs.getString(2), Format.valueOf(rs.getString(3)), status, category,
							names, createdAt, meeting[0], meeting[1], debriefed, rs.getInt(7)));
				}, networkId);
		rows.sort(Comparator.comparing(FollowUpRow::category).thenComparing(FollowUpRow::createdAt));
		return rows;
	}

	static FollowUpCategory categoryOf(ExchangeStatus status, @Nullable Instant startedAt,
			@Nullable Instant lastMeeting, @Nullable Instant nextMeeting, Instant stalledBefore, int debriefed,
			int participants) {
		return switch (status) {
			case AGREEING_TERMS -> FollowUpCategory.WAITING;
			case RUNNING -> {
				Instant lastSign = latest(lastMeeting, startedAt);
				boolean stalled = nextMeeting == null && (lastSign == null || lastSign.isBefore(stalledBefore));
				yield stalled ? FollowUpCategory.STALLED : FollowUpCategory.RUNNING;
			}
			case DONE -> (debriefed < participants) ? FollowUpCategory.DONE_WITHOUT_DEBRIEF : FollowUpCategory.DONE;
			case STOPPED -> FollowUpCategory.STOPPED;
		};
	}

	private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	private static String name(@Nullable MemberView member) {
		return (member == null || member.displayName() == null) ? "—" : member.displayName();
	}

	static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time == null) ? null : time.toInstant();
	}

}
