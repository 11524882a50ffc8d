package org.reciproque.exchange;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.reciproque.matching.ParticipantRole;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's reciprocity over the last twelve months: who passed knowledge on to whom,
 * and the share of members who both passed on and received. Shown to encourage open
 * reciprocity, never as a balance: nothing here is owed.
 */
@Service
class NetworkReciprocity {

	private final JdbcTemplate jdbc;

	private final Memberships memberships;

	private final Clock clock;

	NetworkReciprocity(JdbcTemplate jdbc, Memberships memberships, Clock clock) {
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.clock = clock;
	}

	/**
	 * A person in the graph.
	 *
	 * @param key a key that reveals nothing (its position)
	 * @param label their name for animators; "Personne n" otherwise (the caller is "you")
	 * @param you whether it is the caller
	 * @param gave whether they passed something on
	 * @param received whether they received something
	 */
	record Node(String key, String label, boolean you, boolean gave, boolean received) {
	}

	/**
	 * Someone passed knowledge on to someone else, in one or more exchanges.
	 *
	 * @param from who passed on
	 * @param to who received
	 * @param exchanges in how many exchanges
	 * @param subjects what was passed on (for animators only)
	 */
	record Edge(Node from, Node to, int exchanges, List<String> subjects) {
	}

	/**
	 * The reciprocity of the network.
	 *
	 * @param members the network's active members
	 * @param exchanging how many of them passed on or received in the period
	 * @param both how many of them both passed on and received
	 * @param nodes the graph's nodes
	 * @param edges the graph's edges
	 * @param named whether the caller sees names (animators)
	 */
	record View(int members, int exchanging, int both, List<Node> nodes, List<Edge> edges, boolean named) {

		public int percentOfExchanging() {
			return (this.exchanging == 0) ? 0 : Math.round(100f * this.both / this.exchanging);
		}

		public int percentOfMembers() {
			return (this.members == 0) ? 0 : Math.round(100f * this.both / this.members);
		}

	}

	private record Taking(long exchangeId, String subject, long memberId, ParticipantRole role) {
	}

	@Transactional(readOnly = true)
	View of(NetworkScope scope, @Nullable String unnamedLabel, String formerLabel, String youLabel) {
		OffsetDateTime since = this.clock.instant().atOffset(ZoneOffset.UTC).minus(Period.ofMonths(12));
		Map<Long, List<Taking>> byExchange = new LinkedHashMap<>();
		this.jdbc.query("select e.id, e.subject, p.member_id, p.role from exchange e "
				+ "join exchange_participant p on p.exchange_id = e.id where e.network_id = ? "
				+ "and e.started_at is not null and (e.ended_at is null or e.ended_at >= ?) order by e.id, p.member_id",
				(rs) -> {
					Taking taking = new Taking(rs.getLong(1), rs.getString(2), rs.getLong(3),
							ParticipantRole.valueOf(rs.getString(4)));
					byExchange.computeIfAbsent(taking.exchangeId(), (id) -> new ArrayList<>()).add(taking);
				}, scope.networkId(), since);
		Map<String, List<String>> subjects = new LinkedHashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		Set<Long> gave = new HashSet<>();
		Set<Long> received = new HashSet<>();
		for (List<Taking> exchange : byExchange.values()) {
			for (Taking from : exchange) {
				for (Taking to : exchange) {
					if (from.memberId() == to.memberId() || !passesOn(from.role()) || !learns(to.role())) {
						continue;
					}
					gave.add(from.memberId());
					received.add(to.memberId());
					String key = from.memberId() + ">" + to.memberId();
					counts.merge(key, 1, Integer::sum);
					List<String> list = subjects.computeIfAbsent(key, (k) -> new ArrayList<>());
					if (!list.contains(from.subject())) {
						list.add(from.subject());
					}
				}
			}
		}
		List<MemberView> active = this.memberships.activeMembers(scope.networkId());
		Set<Long> activeIds = new HashSet<>();
		active.forEach((m) -> activeIds.add(m.id()));
		Set<Long> people = new TreeSet<>(gave);
		people.addAll(received);
		Map<Long, MemberView> names = this.memberships.findAll(people);
		boolean named = scope.isAnimator();
		Map<Long, Node> nodes = new LinkedHashMap<>();
		int index = 0;
		for (Long memberId : people) {
			index++;
			MemberView member = names.get(memberId);
			boolean you = memberId.equals(scope.memberId());
			String label;
			if (you) {
				label = youLabel;
			}
			else if (member == null || member.displayName() == null) {
				label = formerLabel;
			}
			else if (named) {
				label = member.displayName();
			}
			else {
				label = String.format(String.valueOf(unnamedLabel), index);
			}
			nodes.put(memberId,
					new Node("n" + index, label, you, gave.contains(memberId), received.contains(memberId)));
		}
		List<Edge> edges = new ArrayList<>();
		counts.forEach((key, count) -> {
			String[] ends = key.split(">");
			edges.add(new Edge(nodes.get(Long.valueOf(ends[0])), nodes.get(Long.valueOf(ends[1])), count,
					named ? subjects.get(key) : List.of()));
		});
		edges.sort(java.util.Comparator.comparing((Edge e) -> e.from().key().length())
			.thenComparing((Edge e) -> e.from().key())
			.thenComparing((Edge e) -> e.to().key().length())
			.thenComparing((Edge e) -> e.to().key()));
		int exchanging = (int) people.stream().filter(activeIds::contains).count();
		int both = (int) people.stream()
			.filter((id) -> activeIds.contains(id) && gave.contains(id) && received.contains(id))
			.count();
		return new View(active.size(), exchanging, both, new ArrayList<>(nodes.values()), edges, named);
	}

	static boolean passesOn(ParticipantRole role) {
		return role == ParticipantRole.PASSES_ON || role == ParticipantRole.BOTH;
	}

	static boolean learns(ParticipantRole role) {
		return role == ParticipantRole.LEARNS || role == ParticipantRole.BOTH;
	}

}
