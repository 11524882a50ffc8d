package org.reciproque.matching.internal.ranking;

import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.reciproque.platform.text.FrenchSpelling;

/**
 * Scores one candidate against a request's concepts. The score lies in [0, 1] and is
 * meant to mean the same thing for every request, so that one fixed threshold works:
 * <ul>
 * <li>request coverage — the idf-weighted share of the request's concepts that the
 * candidate expresses (exactly, through a synonym, a related need or a typo fix),
 * computed apart for the request's title (its topic, in few words) and for the rest of
 * its description (context, often chatty);</li>
 * <li>candidate coverage — the idf-weighted share of the candidate's title that the
 * request touches, because an offer's title states its topic.</li>
 * </ul>
 * Both are needed: long, chatty requests cover little of themselves even with the right
 * offer, while a short offer title fully covered is strong evidence.
 */
final class CoverageScorer {

	/** Topics lighter than this share of the heaviest are context, not the subject. */
	static final double MAIN_TOPIC_RATIO = 0.6;

	/**
	 * Weight multiplier of the concepts of a title's purpose complement ("... pour un
	 * entretien"): they say what the need is for, not what it is.
	 */
	static final double PURPOSE_WEIGHT = 0.5;

	/**
	 * Weight multiplier of a request's numbers and calendar words
	 * ({@link Concept#incidental}): rare in offers, they would weigh as much as the
	 * topic.
	 */
	static final double INCIDENTAL_WEIGHT = 0.2;

	private static final Predicate<String> ANY_WORD = (word) -> true;

	private final MatcherSettings settings;

	private final Predicate<String> isWord;

	/**
	 * @param isWord whether a word (lower case, without accents) is a French word: tells
	 * apart words the analysis merges ({@link FrenchSpelling#areDistinctWords})
	 */
	CoverageScorer(MatcherSettings settings, Predicate<String> isWord) {
		this.settings = settings;
		this.isWord = isWord;
	}

	/**
	 * Concept weights: idf, reduced (if so configured) for words nobody knows, for a
	 * title's purpose complement and for numbers and calendar words.
	 */
	double[] weights(List<Concept> concepts, Vocabulary vocabulary, Predicate<String> known) {
		double[] weights = new double[concepts.size()];
		for (int i = 0; i < weights.length; i++) {
			Concept concept = concepts.get(i);
			double idf = vocabulary.phraseIdf(concept.key);
			boolean unknown = concept.alternatives.size() == 1 && !known.test(concept.key);
			double weight = unknown ? idf * this.settings.unknownWeight() : idf;
			weight = concept.purpose ? weight * PURPOSE_WEIGHT : weight;
			weights[i] = concept.incidental ? weight * INCIDENTAL_WEIGHT : weight;
		}
		return weights;
	}

	/**
	 * Scores the candidate; fills {@code explanation} with what matched.
	 */
	double score(List<Concept> concepts, double[] weights, CandidateTerms candidate, Vocabulary vocabulary,
			Explanation explanation) {
		// [0] request title, [1] rest of the description
		double[] total = new double[2];
		double[] covered = new double[2];
		boolean[] main = mainTopics(concepts, weights);
		boolean hasMain = false;
		boolean metMain = false;
		for (int i = 0; i < concepts.size(); i++) {
			int part = concepts.get(i).inTitle ? 0 : 1;
			total[part] += weights[i];
			Explanation.Match match = bestMatch(concepts.get(i), candidate);
			hasMain |= main[i];
			metMain |= main[i] && match != null && meetsTopic(match.via().kind());
			if (match != null) {
				covered[part] += weights[i] * match.credit();
				explanation.add(match, weights[i] * match.credit() * ((part == 0) ? 2 : 1));
			}
		}
		double candidateTitle = titleCoverage(candidate, explanation, vocabulary);
		explanation.candidateTitleTouched(candidateTitle > 0);
		double score = this.settings.candidateShare() * candidateTitle;
		double shares = this.settings.candidateShare();
		if (total[0] > 0) {
			score += this.settings.titleShare() * covered[0] / total[0];
			shares += this.settings.titleShare();
		}
		if (total[1] > 0) {
			score += this.settings.descriptionShare() * covered[1] / total[1];
			shares += this.settings.descriptionShare();
		}
		// a request without description (or title) is judged on what it has
		score /= shares;
		// what the request is about must be met, not only its context ("pour le travail")
		return (hasMain && !metMain) ? score * this.settings.offTopicFactor() : score;
	}

	/**
	 * The request's main topics: thesaurus topics of its title outside its purpose
	 * complement (of its description when the title has none) weighing at least
	 * {@link #MAIN_TOPIC_RATIO} of the heaviest one.
	 */
	static boolean[] mainTopics(List<Concept> concepts, double[] weights) {
		boolean[] main = new boolean[concepts.size()];
		for (boolean titleOnly : new boolean[] { true, false }) {
			double max = 0;
			for (int i = 0; i < main.length; i++) {
				if (isTopic(concepts.get(i), titleOnly)) {
					max = Math.max(max, weights[i]);
				}
			}
			if (max > 0) {
				for (int i = 0; i < main.length; i++) {
					main[i] = isTopic(concepts.get(i), titleOnly) && weights[i] >= MAIN_TOPIC_RATIO * max;
				}
				return main;
			}
		}
		return main;
	}

	/**
	 * Whether a match through this kind of form meets a main topic: one word of a phrase
	 * ("tours" for "tours de magie") or a weak general-thesaurus link does not.
	 */
	private static boolean meetsTopic(Concept.Kind kind) {
		return kind != Concept.Kind.PART && kind != Concept.Kind.GENERAL;
	}

	private static boolean isTopic(Concept concept, boolean titleOnly) {
		return concept.topic && ((concept.inTitle && !concept.purpose) || !titleOnly);
	}

	private Explanation.@Nullable Match bestMatch(Concept concept, CandidateTerms candidate) {
		// the request's own word must not meet a different word merged with it
		Predicate<String> sameWord = (concept.key.indexOf(' ') < 0)
				? (word) -> !FrenchSpelling.areDistinctWords(concept.surface, word, this.isWord) : ANY_WORD;
		Explanation.Match best = null;
		for (Concept.Alternative alternative : concept.alternatives.values()) {
			double kind = kindWeight(alternative.kind());
			if (best != null && kind <= best.credit()) {
				continue;
			}
			Predicate<String> accepted = (alternative.kind() == Concept.Kind.EXACT) ? sameWord : ANY_WORD;
			for (String field : CandidateTerms.FIELDS) {
				String found = candidate.find(field, alternative.stems(), accepted);
				if (found != null) {
					double credit = kind * fieldWeight(field);
					if (best == null || credit > best.credit()) {
						best = new Explanation.Match(concept, alternative, found, credit, alternative.stems());
					}
					break; // fields are in decreasing order of trust
				}
			}
		}
		return best;
	}

	/**
	 * Share of the candidate title's idf mass touched by the matched request concepts.
	 */
	private double titleCoverage(CandidateTerms candidate, Explanation explanation, Vocabulary vocabulary) {
		double total = 0;
		double covered = 0;
		for (String stem : candidate.terms(MatchIndex.TITLE).keySet()) {
			double idf = vocabulary.idf(stem);
			total += idf;
			covered += idf * explanation.creditFor(stem);
		}
		return (total == 0) ? 0 : covered / total;
	}

	double kindWeight(Concept.Kind kind) {
		return switch (kind) {
			case EXACT -> 1.0;
			case SYNONYM -> this.settings.synonymWeight();
			case RELATED -> this.settings.relatedWeight();
			case FUZZY -> this.settings.fuzzyWeight();
			case GENERAL -> this.settings.generalWeight();
			case PART -> this.settings.partWeight();
		};
	}

	private double fieldWeight(String field) {
		return switch (field) {
			case MatchIndex.TITLE -> 1.0;
			case MatchIndex.EXTRA -> this.settings.extraWeight();
			default -> this.settings.bodyWeight();
		};
	}

}
