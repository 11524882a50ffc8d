package org.reciproque.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.BoardVersion;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeChanged;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.matching.internal.ranking.Suggestion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The animator's view of a whole network: the best offer/request pairs not proposed yet,
 * and open-reciprocity circles found among them. Computing them runs the matcher once per
 * request, so the result is kept per network and recomputed in the background when an
 * item changes; the page shows the last result meanwhile.
 */
@Component
class NetworkSuggestions {

	/** Suggestions kept per request. */
	static final int PER_REQUEST = 5;

	/** The longest circle looked for. */
	static final int MAX_CIRCLE = 4;

	private final Suggestions suggestions;

	private final SuggestionIndex index;

	private final Knowledges knowledges;

	private final Introductions introductions;

	private final Clock clock;

	private final BoardVersion boards;

	private final Map<Long, AtomicLong> versions = new ConcurrentHashMap<>();

	private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

	private final Set<Long> computing = ConcurrentHashMap.newKeySet();

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "network-suggestions");
		thread.setDaemon(true);
		return thread;
	});

	NetworkSuggestions(Suggestions suggestions, SuggestionIndex index, Knowledges knowledges,
			Introductions introductions, Clock clock, BoardVersion boards) {
		this.suggestions = suggestions;
		this.index = index;
		this.knowledges = knowledges;
		this.introductions = introductions;
		this.clock = clock;
		this.boards = boards;
	}

	/**
	 * The pairs and circles of the network as last computed, or {@code null} while the
	 * first computation runs (it is started if needed). Nothing is computed while the
	 * matcher's index is still being built: pairs found on part of the items would stand
	 * until the next change.
	 */
	@Nullable Snapshot current(long networkId) {
		long version = version(networkId);
		Snapshot snapshot = this.snapshots.get(networkId);
		if (!this.index.isReady()) {
			return snapshot;
		}
		if ((snapshot == null || snapshot.version() != version) && this.computing.add(networkId)) {
			this.worker.submit(() -> {
				try {
					this.snapshots.put(networkId, compute(networkId, version));
					// The board links the pairs found: it is built again with them.
					this.boards.bump(networkId);
				}
				finally {
					this.computing.remove(networkId);
				}
			});
		}
		return snapshot;
	}

	/**
	 * Computes the network's suggestions now (tests warm the cache with it).
	 */
	Snapshot refresh(long networkId) {
		Snapshot snapshot = compute(networkId, version(networkId));
		this.snapshots.put(networkId, snapshot);
		return snapshot;
	}

	/**
	 * The last result for this network, whatever its version, without starting anything.
	 */
	@Nullable Snapshot latest(long networkId) {
		return this.snapshots.get(networkId);
	}

	boolean isComputing(long networkId) {
		return this.computing.contains(networkId);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(KnowledgeChanged event) {
		changed(event.networkId());
	}

	/**
	 * Something the suggestions depend on changed (an item, an introduction).
	 */
	void changed(long networkId) {
		counter(networkId).incrementAndGet();
	}

	private long version(long networkId) {
		return counter(networkId).get();
	}

	private AtomicLong counter(long networkId) {
		return this.versions.computeIfAbsent(networkId, (id) -> new AtomicLong());
	}

	private Snapshot compute(long networkId, long version) {
		Map<Long, KnowledgeView> items = new HashMap<>();
		for (KnowledgeView item : this.knowledges.active(networkId)) {
			items.put(item.id(), item);
		}
		// Offers already linked to each member by an introduction: never suggested again.
		Map<Long, Set<String>> proposedTo = new HashMap<>();
		for (String pair : this.introductions.pairsOf(networkId)) {
			String[] ids = pair.split(":");
			proposedTo.computeIfAbsent(Long.valueOf(ids[1]), (member) -> new HashSet<>()).add(ids[0]);
		}
		List<CandidatePair> pairs = new ArrayList<>();
		for (KnowledgeView request : items.values()) {
			if (request.direction() != Direction.REQUEST) {
				continue;
			}
			for (Suggestion suggestion : this.suggestions.rawWithinNetwork(request, PER_REQUEST,
					proposedTo.getOrDefault(request.memberId(), Set.of()))) {
				KnowledgeView offer = items.get(Long.valueOf(suggestion.id()));
				if (offer != null) {
					pairs.add(new CandidatePair(offer, request, suggestion.score(), suggestion.reasons()));
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(CandidatePair::score).reversed());
		return new Snapshot(version, this.clock.instant(), List.copyOf(pairs), circles(pairs));
	}

	/**
	 * Cycles of 3 to {@link #MAX_CIRCLE} distinct members where each could teach the
	 * next, each found once, strongest (by weakest link) first.
	 */
	static List<Circle> circles(List<CandidatePair> pairs) {
		Map<Long, List<CandidatePair>> teaches = new LinkedHashMap<>();
		for (CandidatePair pair : pairs) {
			teaches.computeIfAbsent(pair.offer().memberId(), (member) -> new ArrayList<>()).add(pair);
		}
		List<Circle> circles = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Long start : teaches.keySet()) {
			walk(start, start, new ArrayList<>(), new HashSet<>(Set.of(start)), teaches, circles, seen);
		}
		circles.sort(Comparator.comparingDouble(Circle::score).reversed().thenComparingInt(Circle::size));
		return circles;
	}

	private static void walk(long start, long member, List<CandidatePair> path, Set<Long> visited,
			Map<Long, List<CandidatePair>> teaches, List<Circle> circles, Set<String> seen) {
		for (CandidatePair link : teaches.getOrDefault(member, List.of())) {
			long next = link.request().memberId();
			path.add(link);
			if (next == start && path.size() >= 3) {
				record(path, circles, seen);
			}
			// Only walk to members "after" the start, so each circle is found from its
			// smallest member only.
			else if (next > start && path.size() < MAX_CIRCLE && visited.add(next)) {
				walk(start, next, path, visited, teaches, circles, seen);
				visited.remove(next);
			}
			path.remove(path.size() - 1);
		}
	}

	private static void record(List<CandidatePair> path, List<Circle> circles, Set<String> seen) {
		List<Long> members = path.stream().map((link) -> link.offer().memberId()).sorted().toList();
		if (seen.add(members.toString())) {
			double weakest = path.stream().mapToDouble(CandidatePair::score).min().orElse(0);
			circles.add(new Circle(path, weakest));
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	/**
	 * One computation's result.
	 *
	 * @param version the network's change counter it was computed at
	 * @param computedAt when
	 * @param pairs best first
	 * @param circles strongest first
	 */
	record Snapshot(long version, Instant computedAt, List<CandidatePair> pairs, List<Circle> circles) {
	}

}
