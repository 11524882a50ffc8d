package org.reciproque.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Possible matches until the matcher supplies its scores: an offer and a request of the
 * same row, by different members, sharing meaningful words; sharing a sub-category counts
 * one more.
 */
@Component
public class SharedWordMatches implements BoardMatches {

	private final WordOverlap words;

	SharedWordMatches(WordOverlap words) {
		this.words = words;
	}

	@Override
	public Map<Long, List<BoardView.Match>> between(List<KnowledgeView> offers, List<KnowledgeView> requests) {
		Map<Long, Set<String>> wordsOf = new HashMap<>();
		offers.forEach((item) -> wordsOf.put(item.id(), this.words.words(item)));
		requests.forEach((item) -> wordsOf.put(item.id(), this.words.words(item)));
		Map<Long, List<BoardView.Match>> matches = new HashMap<>();
		for (KnowledgeView offer : offers) {
			for (KnowledgeView request : requests) {
				if (offer.memberId() == request.memberId()) {
					continue;
				}
				int strength = shared(wordsOf.get(offer.id()), wordsOf.get(request.id()))
						+ (sharesSubCategory(offer, request) ? 1 : 0);
				if (strength > 0) {
					matches.computeIfAbsent(offer.id(), (id) -> new ArrayList<>())
						.add(new BoardView.Match(request.id(), request.title(), strength));
					matches.computeIfAbsent(request.id(), (id) -> new ArrayList<>())
						.add(new BoardView.Match(offer.id(), offer.title(), strength));
				}
			}
		}
		return matches;
	}

	private static boolean sharesSubCategory(KnowledgeView offer, KnowledgeView request) {
		return offer.categories()
			.stream()
			.anyMatch((code) -> code.contains("/") && request.categories().contains(code));
	}

	private static int shared(Set<String> a, Set<String> b) {
		Set<String> small = (a.size() <= b.size()) ? a : b;
		Set<String> large = (small == a) ? b : a;
		int count = 0;
		for (String word : small) {
			if (large.contains(word)) {
				count++;
			}
		}
		return count;
	}

}
