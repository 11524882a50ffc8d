package org.reciproque.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashMap;
import java.util.Set;

import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.matching.internal.ranking.CandidateFilter;
import org.reciproque.matching.internal.ranking.Suggestion;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The matching module's suggestions: for a request, the offers that could answer it; for
 * an offer, the requests it could answer. Only active items in reach (this network's, and
 * other networks' items shared with every network), never the author's own, never a pair
 * already proposed or declined. A request gets nothing unless an offer answers it well
 * enough on its own (the matcher's threshold); the offers close behind that one follow
 * it.
 */
@Service
public class Suggestions {

	static final int MAX_LIMIT = 50;

	private final SuggestionIndex index;

	private final Knowledges knowledges;

	private final Introductions introductions;

	private final Memberships memberships;

	private final Networks networks;

	Suggestions(SuggestionIndex index, Knowledges knowledges, Introductions introductions, Memberships memberships,
			Networks networks) {
		this.index = index;
		this.knowledges = knowledges;
		this.introductions = introductions;
		this.memberships = memberships;
		this.networks = networks;
	}

	/**
	 * Suggestions for one item of the caller's network: for its author and the animators.
	 */
	public List<SuggestionView> forItem(NetworkScope scope, long itemId, int limit) {
		KnowledgeView item = this.knowledges.get(scope, itemId);
		if (!scope.isAnimator() && !Objects.equals(scope.memberId(), item.memberId())) {
			throw new AccessDeniedException("Suggestions are for the item's author and the animators");
		}
		return suggest(scope, item, Math.max(1, Math.min(limit, MAX_LIMIT)), false);
	}

	/**
	 * Suggestions for one item among its own network's items only (what an animator can
	 * propose as an introduction).
	 */
	List<SuggestionView> withinNetwork(NetworkScope scope, KnowledgeView item, int limit) {
		return suggest(scope, item, limit, true);
	}

	/**
	 * The matcher's raw answer for one item among its own network's items, without the
	 * look-ups of a view: for computing a whole network's pairs, whose caller has the
	 * items at hand and excludes the pairs already proposed itself.
	 */
	List<Suggestion> rawWithinNetwork(KnowledgeView item, int limit, Set<String> excludedIds) {
		return this.index.suggest(item, limit, candidates(item, true).excludeIds(excludedIds));
	}

	private List<SuggestionView> suggest(NetworkScope scope, KnowledgeView item, int limit, boolean ownNetworkOnly) {
		CandidateFilter filter = candidates(item, ownNetworkOnly);
		Set<String> excluded = new HashSet<>();
		if (item.direction() == Direction.REQUEST) {
			this.introductions.itemsPairedWith(item.memberId()).forEach((id) -> excluded.add(String.valueOf(id)));
		}
		else {
			for (Long member : this.introductions.membersPairedWith(item.id())) {
				filter = filter.forbid(SuggestionIndex.AUTHOR, String.valueOf(member));
			}
		}
		return views(scope, this.index.suggest(item, limit, filter.excludeIds(excluded)));
	}

	/**
	 * Active items of the other direction, in reach (this network only, or also the items
	 * other networks share), not the author's own nor the item itself.
	 */
	private static CandidateFilter candidates(KnowledgeView item, boolean ownNetworkOnly) {
		Direction wanted = (item.direction() == Direction.REQUEST) ? Direction.OFFER : Direction.REQUEST;
		CandidateFilter filter = ownNetworkOnly
				? CandidateFilter.all()
					.require(SuggestionIndex.NETWORK, String.valueOf(item.networkId()))
					.require(SuggestionIndex.DIRECTION, wanted.name())
				: SuggestionIndex.reachableFrom(item.networkId(), wanted);
		return filter.forbid(SuggestionIndex.AUTHOR, String.valueOf(item.memberId()))
			.excludeIds(Set.of(String.valueOf(item.id())));
	}

	private List<SuggestionView> views(NetworkScope scope, List<Suggestion> found) {
		Map<Long, KnowledgeView> items = this.knowledges
			.lookupAll(found.stream().map((suggestion) -> Long.parseLong(suggestion.id())).toList());
		Map<Long, MemberView> authors = this.memberships.findAll(items.values()
			.stream()
			.filter((item) -> item.networkId() == scope.networkId())
			.map(KnowledgeView::memberId)
			.toList());
		Map<Long, NetworkView> networks = new HashMap<>();
		List<SuggestionView> views = new ArrayList<>();
		for (Suggestion suggestion : found) {
			KnowledgeView item = items.get(Long.parseLong(suggestion.id()));
			// the index may lag behind an item paused or deleted a moment ago
			if (item == null || !item.isActive()) {
				continue;
			}
			NetworkView network = networks.computeIfAbsent(item.networkId(),
					(id) -> this.networks.findById(id).orElseThrow());
			MemberView author = (item.networkId() == scope.networkId()) ? authors.get(item.memberId()) : null;
			String name = (author == null) ? null : scope.isAnimator() ? author.displayName() : author.shortName();
			views.add(new SuggestionView(item.id(), item.direction(), item.title(), item.networkId(), network.slug(),
					network.name(), item.memberId(), name, suggestion.score(), suggestion.reasons()));
		}
		return views;
	}

}
