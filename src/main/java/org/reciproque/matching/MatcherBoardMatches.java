package org.reciproque.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.reciproque.knowledge.BoardMatches;
import org.reciproque.knowledge.BoardView;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.SharedWordMatches;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The board's possible matches from the matcher's scores: the network's pairs as last
 * computed for the animators' suggestions page (strength = score in percent). Until an
 * animator has opened that page once, the board shows shared-word matches; it is built
 * again as soon as the scores are there.
 */
@Component
@Primary
class MatcherBoardMatches implements BoardMatches {

	private final NetworkSuggestions suggestions;

	private final SharedWordMatches fallback;

	MatcherBoardMatches(NetworkSuggestions suggestions, SharedWordMatches fallback) {
		this.suggestions = suggestions;
		this.fallback = fallback;
	}

	@Override
	public Map<Long, List<BoardView.Match>> between(List<KnowledgeView> offers, List<KnowledgeView> requests) {
		if (offers.isEmpty() || requests.isEmpty()) {
			return Map.of();
		}
		long networkId = offers.get(0).networkId();
		NetworkSuggestions.Snapshot snapshot = this.suggestions.latest(networkId);
		if (snapshot == null) {
			return this.fallback.between(offers, requests);
		}
		Set<Long> offerIds = offers.stream().map(KnowledgeView::id).collect(Collectors.toSet());
		Set<Long> requestIds = requests.stream().map(KnowledgeView::id).collect(Collectors.toSet());
		Map<Long, List<BoardView.Match>> matches = new HashMap<>();
		for (CandidatePair pair : snapshot.pairs()) {
			if (offerIds.contains(pair.offer().id()) && requestIds.contains(pair.request().id())) {
				link(matches, pair.offer().id(), pair.request(), pair.percent());
				link(matches, pair.request().id(), pair.offer(), pair.percent());
			}
		}
		return matches;
	}

	private static void link(Map<Long, List<BoardView.Match>> matches, long from, KnowledgeView to, int strength) {
		matches.computeIfAbsent(from, (id) -> new ArrayList<>())
			.add(new BoardView.Match(to.id(), to.title(), strength));
	}

}
