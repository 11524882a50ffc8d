package org.reciproque.matching.internal.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What matched between a request and one candidate, turned into short French reasons.
 */
final class Explanation {

	private final List<Match> matches = new ArrayList<>();

	private final Map<String, Double> weightOf = new HashMap<>();

	private final Map<String, Double> stemCredit = new HashMap<>();

	private boolean candidateTitleTouched;

	void add(Match match, double weightedCredit) {
		this.matches.add(match);
		this.weightOf.put(match.concept().key, weightedCredit);
		double kindCredit = switch (match.via().kind()) {
			case EXACT -> 1.0;
			case SYNONYM, FUZZY -> 0.85;
			case RELATED -> 0.6;
			case GENERAL -> 0.5;
			case PART -> 0.4;
		};
		for (String stem : match.stems()) {
			this.stemCredit.merge(stem, kindCredit, Math::max);
		}
	}

	/**
	 * Records whether the request touches the candidate's title at all.
	 */
	void candidateTitleTouched(boolean touched) {
		this.candidateTitleTouched = touched;
	}

	/**
	 * Whether the request touches the candidate's title, which states what it is about: a
	 * candidate that only shares words of its description cannot answer on its own.
	 */
	boolean touchesCandidateTitle() {
		return this.candidateTitleTouched;
	}

	/**
	 * Credit a candidate-title stem gets from the request (0 when untouched).
	 */
	double creditFor(String stem) {
		return this.stemCredit.getOrDefault(stem, 0.0);
	}

	/**
	 * At most three reasons, strongest evidence first, e.g. "mots en commun : couture,
	 * ourlet".
	 */
	List<String> reasons() {
		List<Match> sorted = new ArrayList<>(this.matches);
		sorted.sort(Comparator.comparingDouble((Match m) -> -this.weightOf.get(m.concept().key)));
		Set<String> common = new LinkedHashSet<>();
		Set<String> close = new LinkedHashSet<>();
		Set<String> related = new LinkedHashSet<>();
		for (Match m : sorted) {
			switch (m.via().kind()) {
				case EXACT, PART -> common.add(m.found());
				case SYNONYM, FUZZY, GENERAL -> close.add(m.concept().surface + " ≈ " + m.found());
				case RELATED -> related.add(m.concept().surface + " → " + m.found());
			}
		}
		List<String> reasons = new ArrayList<>();
		if (!common.isEmpty()) {
			reasons.add("mots en commun : " + String.join(", ", first(common, 4)));
		}
		if (!close.isEmpty()) {
			reasons.add("sens proche : " + String.join(", ", first(close, 3)));
		}
		if (!related.isEmpty()) {
			reasons.add("besoin lié : " + String.join(", ", first(related, 3)));
		}
		return reasons;
	}

	private static List<String> first(Set<String> set, int n) {
		return set.stream().limit(n).toList();
	}

	/**
	 * One request concept found in the candidate.
	 *
	 * @param concept the request's concept
	 * @param via the form that was found
	 * @param found the candidate's own words
	 * @param credit the match's credit in [0, 1]
	 * @param stems the stems of {@code via}
	 */
	record Match(Concept concept, Concept.Alternative via, String found, double credit, String[] stems) {
	}

}
