package org.reciproque.matching.internal.ranking;

/**
 * Tunable weights of {@link Matcher}. The defaults are the evaluated configuration; the
 * switches exist to measure what each idea brings.
 *
 * @param threshold minimum coverage of a request's best offer for anything to be
 * suggested to it
 * @param useThesaurus expand requests with synonyms and related needs
 * @param useFuzzy look for one-edit neighbours of unknown long words (typos)
 * @param synonymWeight credit for a match through a synonym (an exact word gets 1)
 * @param relatedWeight credit for a match through an indirect-need link
 * @param fuzzyWeight credit for a match through a typo correction
 * @param partWeight credit for one word of a multi-word phrase matched alone
 * @param bodyWeight credit for a match in the candidate's description (title gets 1)
 * @param extraWeight credit for a match in the candidate's extra text (categories)
 * @param titleShare share of the score from covering the request's title
 * @param descriptionShare share from covering the rest of the request's description
 * @param candidateShare share from covering the candidate's title (its stated topic)
 * @param unknownWeight weight multiplier of request words that no candidate and no
 * thesaurus entry knows (often incidental words, sometimes the topic)
 * @param candidates how many candidates the first (BM25) stage keeps: the second stage's
 * cost grows with them, and at 100,000 items almost every suggestion comes from the first
 * few dozen (BENCHMARKS.md, 2026-12-07, 08:00)
 * @param offTopicFactor score multiplier of a candidate that misses the request's main
 * topic (see {@link CoverageScorer#mainTopics})
 * @param bm25Share share of the ranking score taken from the first stage's BM25 score
 * (relative to the best candidate); the threshold only looks at coverage, which means the
 * same for every request
 * @param generalWeight credit for a match through the general thesaurus
 * ({@link org.reciproque.platform.text.GeneralThesaurus}), 0 to leave it out
 * @param companionThreshold minimum coverage of the other offers suggested to a request
 * once its best offer reaches {@code threshold}: whether anyone can answer is decided on
 * the best answer, and the offers close behind it are worth showing even when they cover
 * less of a long request
 * @param semanticWeight weight in the ranking score of how much closer a candidate's
 * {@link TextEmbedding} vector is to the query's than the other candidates' are (a
 * bounded z-score, see {@link Matcher}); 0 leaves the vectors out. Like BM25 it orders,
 * it never decides whether to suggest
 * @param reverseThreshold minimum coverage of every request suggested to an offer: each
 * is its own query, with no better answer to lean on, and lowering it as far as
 * {@code threshold} suggested offers to many more items that no request lists
 * (BENCHMARKS.md, 2026-12-07, late evening)
 */
public record MatcherSettings(double threshold, boolean useThesaurus, boolean useFuzzy, double synonymWeight,
		double relatedWeight, double fuzzyWeight, double partWeight, double bodyWeight, double extraWeight,
		double titleShare, double descriptionShare, double candidateShare, double unknownWeight, int candidates,
		double offTopicFactor, double bm25Share, double generalWeight, double companionThreshold, double semanticWeight,
		double reverseThreshold) {

	/**
	 * The evaluated configuration (see the dev-set evaluation test).
	 */
	public static MatcherSettings defaults() {
		return new MatcherSettings(0.18, true, true, 0.85, 0.6, 0.5, 0.4, 0.6, 0.8, 0.4, 0.3, 0.3, 1.0, 60, 0.6, 0.5,
				0.3, 0.12, 0.2, 0.22);
	}

	/**
	 * Whether a candidate with this coverage is worth suggesting on its own.
	 */
	boolean accepts(double coverage) {
		return coverage >= this.threshold;
	}

	/**
	 * Whether a request with this coverage is worth suggesting to an offer.
	 */
	boolean acceptsReverse(double coverage) {
		return coverage >= this.reverseThreshold;
	}

	/**
	 * Whether a candidate with this coverage is worth suggesting next to a better one
	 * that {@link #accepts} takes.
	 */
	boolean acceptsCompanion(double coverage) {
		return coverage >= Math.min(this.companionThreshold, this.threshold);
	}

	public MatcherSettings withCompanionThreshold(double companionThreshold) {
		return new MatcherSettings(this.threshold, this.useThesaurus, this.useFuzzy, this.synonymWeight,
				this.relatedWeight, this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight,
				this.titleShare, this.descriptionShare, this.candidateShare, this.unknownWeight, this.candidates,
				this.offTopicFactor, this.bm25Share, this.generalWeight, companionThreshold, this.semanticWeight,
				this.reverseThreshold);
	}

	public MatcherSettings withReverseThreshold(double reverseThreshold) {
		return new MatcherSettings(this.threshold, this.useThesaurus, this.useFuzzy, this.synonymWeight,
				this.relatedWeight, this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight,
				this.titleShare, this.descriptionShare, this.candidateShare, this.unknownWeight, this.candidates,
				this.offTopicFactor, this.bm25Share, this.generalWeight, this.companionThreshold, this.semanticWeight,
				reverseThreshold);
	}

	public MatcherSettings withThreshold(double threshold) {
		return new MatcherSettings(threshold, this.useThesaurus, this.useFuzzy, this.synonymWeight, this.relatedWeight,
				this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight, this.titleShare,
				this.descriptionShare, this.candidateShare, this.unknownWeight, this.candidates, this.offTopicFactor,
				this.bm25Share, this.generalWeight, this.companionThreshold, this.semanticWeight,
				this.reverseThreshold);
	}

	public MatcherSettings withThesaurus(boolean useThesaurus) {
		return new MatcherSettings(this.threshold, useThesaurus, this.useFuzzy, this.synonymWeight, this.relatedWeight,
				this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight, this.titleShare,
				this.descriptionShare, this.candidateShare, this.unknownWeight, this.candidates, this.offTopicFactor,
				this.bm25Share, this.generalWeight, this.companionThreshold, this.semanticWeight,
				this.reverseThreshold);
	}

	public MatcherSettings withFuzzy(boolean useFuzzy) {
		return new MatcherSettings(this.threshold, this.useThesaurus, useFuzzy, this.synonymWeight, this.relatedWeight,
				this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight, this.titleShare,
				this.descriptionShare, this.candidateShare, this.unknownWeight, this.candidates, this.offTopicFactor,
				this.bm25Share, this.generalWeight, this.companionThreshold, this.semanticWeight,
				this.reverseThreshold);
	}

	/**
	 * Same settings with other shares of the three coverages.
	 */
	public MatcherSettings withShares(double titleShare, double descriptionShare, double candidateShare) {
		return new MatcherSettings(this.threshold, this.useThesaurus, this.useFuzzy, this.synonymWeight,
				this.relatedWeight, this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight, titleShare,
				descriptionShare, candidateShare, this.unknownWeight, this.candidates, this.offTopicFactor,
				this.bm25Share, this.generalWeight, this.companionThreshold, this.semanticWeight,
				this.reverseThreshold);
	}

	public MatcherSettings withUnknownWeight(double unknownWeight) {
		return new MatcherSettings(this.threshold, this.useThesaurus, this.useFuzzy, this.synonymWeight,
				this.relatedWeight, this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight,
				this.titleShare, this.descriptionShare, this.candidateShare, unknownWeight, this.candidates,
				this.offTopicFactor, this.bm25Share, this.generalWeight, this.companionThreshold, this.semanticWeight,
				this.reverseThreshold);
	}

	public MatcherSettings withOffTopicFactor(double offTopicFactor) {
		return new MatcherSettings(this.threshold, this.useThesaurus, this.useFuzzy, this.synonymWeight,
				this.relatedWeight, this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight,
				this.titleShare, this.descriptionShare, this.candidateShare, this.unknownWeight, this.candidates,
				offTopicFactor, this.bm25Share, this.generalWeight, this.companionThreshold, this.semanticWeight,
				this.reverseThreshold);
	}

	public MatcherSettings withBm25Share(double bm25Share) {
		return new MatcherSettings(this.threshold, this.useThesaurus, this.useFuzzy, this.synonymWeight,
				this.relatedWeight, this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight,
				this.titleShare, this.descriptionShare, this.candidateShare, this.unknownWeight, this.candidates,
				this.offTopicFactor, bm25Share, this.generalWeight, this.companionThreshold, this.semanticWeight,
				this.reverseThreshold);
	}

	public MatcherSettings withCandidates(int candidates) {
		return new MatcherSettings(this.threshold, this.useThesaurus, this.useFuzzy, this.synonymWeight,
				this.relatedWeight, this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight,
				this.titleShare, this.descriptionShare, this.candidateShare, this.unknownWeight, candidates,
				this.offTopicFactor, this.bm25Share, this.generalWeight, this.companionThreshold, this.semanticWeight,
				this.reverseThreshold);
	}

	public MatcherSettings withGeneralWeight(double generalWeight) {
		return new MatcherSettings(this.threshold, this.useThesaurus, this.useFuzzy, this.synonymWeight,
				this.relatedWeight, this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight,
				this.titleShare, this.descriptionShare, this.candidateShare, this.unknownWeight, this.candidates,
				this.offTopicFactor, this.bm25Share, generalWeight, this.companionThreshold, this.semanticWeight,
				this.reverseThreshold);
	}

	public MatcherSettings withSemanticWeight(double semanticWeight) {
		return new MatcherSettings(this.threshold, this.useThesaurus, this.useFuzzy, this.synonymWeight,
				this.relatedWeight, this.fuzzyWeight, this.partWeight, this.bodyWeight, this.extraWeight,
				this.titleShare, this.descriptionShare, this.candidateShare, this.unknownWeight, this.candidates,
				this.offTopicFactor, this.bm25Share, this.generalWeight, this.companionThreshold, semanticWeight,
				this.reverseThreshold);
	}

}
