package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.Thesaurus;

/**
 * Suggests indexed items for a request. Two stages: a broad BM25 retrieval over every
 * form of every request concept, then {@link CoverageScorer} re-scores the candidates
 * into [0, 1] and keeps those above the threshold.
 *
 * <p>
 * Thread-safe: holds only immutable configuration; each call reads a consistent index
 * snapshot.
 */
public final class Matcher {

	/** Lucene's default limit on boolean clauses; expansions beyond it are dropped. */
	private static final int MAX_CLAUSES = 1000;

	private final MatchIndex index;

	private final Thesaurus thesaurus;

	private final ConceptExtractor extractor;

	private final CoverageScorer scorer;

	private final MatcherSettings settings;

	public Matcher(MatchIndex index, FrenchTextAnalysis analysis, Thesaurus thesaurus, MatcherSettings settings) {
		this.index = index;
		this.thesaurus = settings.useThesaurus() ? thesaurus : Thesaurus.empty();
		this.extractor = new ConceptExtractor(analysis, this.thesaurus, settings.useFuzzy());
		this.scorer = new CoverageScorer(settings);
		this.settings = settings;
	}

	/**
	 * Best suggestions first, at most {@code limit}, none below the threshold.
	 */
	public List<Suggestion> suggest(@Nullable String title, @Nullable String description, int limit) {
		List<Suggestion> suggestions = this.index.withSearcher((searcher) -> {
			Vocabulary vocabulary = new Vocabulary(searcher.getIndexReader(), this.thesaurus);
			List<Concept> concepts = this.extractor.extract(title, description, vocabulary::known,
					vocabulary::neighbours);
			return concepts.isEmpty() ? List.of() : rank(searcher, concepts, vocabulary);
		});
		return (suggestions.size() > limit) ? List.copyOf(suggestions.subList(0, limit)) : suggestions;
	}

	private List<Suggestion> rank(IndexSearcher searcher, List<Concept> concepts, Vocabulary vocabulary)
			throws IOException {
		double[] weights = this.scorer.weights(concepts, vocabulary);
		ScoreDoc[] hits = searcher.search(retrievalQuery(concepts), this.settings.candidates()).scoreDocs;
		TermVectors vectors = searcher.getIndexReader().termVectors();
		float best = (hits.length == 0) ? 1f : hits[0].score;
		List<Suggestion> suggestions = new ArrayList<>();
		for (ScoreDoc hit : hits) {
			CandidateTerms candidate = candidate(searcher, vectors, hit.doc);
			Explanation why = new Explanation();
			double coverage = this.scorer.score(concepts, weights, candidate, vocabulary, why);
			if (coverage >= this.settings.threshold()) {
				// BM25 sees term frequencies and lengths that coverage ignores: blend
				// both for
				// the order, but only coverage, which means the same for every request,
				// decides whether to suggest at all
				double share = this.settings.bm25Share();
				double score = (1 - share) * coverage + share * hit.score / best;
				suggestions.add(new Suggestion(candidate.id(), Math.min(1.0, score), why.reasons()));
			}
		}
		suggestions.sort(Comparator.comparingDouble((Suggestion s) -> -s.score()));
		return suggestions;
	}

	private static CandidateTerms candidate(IndexSearcher searcher, TermVectors vectors, int doc) throws IOException {
		Document stored = searcher.storedFields().document(doc);
		Map<String, String> texts = new HashMap<>();
		for (String field : CandidateTerms.FIELDS) {
			String text = stored.get(field);
			if (text != null) {
				texts.put(field, text);
			}
		}
		return CandidateTerms.read(stored.get(MatchIndex.ID), doc, vectors, texts);
	}

	private Query retrievalQuery(List<Concept> concepts) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		Set<String> seen = new HashSet<>();
		int clauses = 0;
		for (Concept concept : concepts) {
			for (Concept.Alternative alternative : concept.alternatives.values()) {
				for (String stem : alternative.stems()) {
					if (clauses < MAX_CLAUSES && seen.add(stem)) {
						// BM25 brings its own idf; boost only by link kind and request
						// title
						float boost = (float) (this.scorer.kindWeight(alternative.kind()) * (concept.inTitle ? 2 : 1));
						query.add(new BoostQuery(new TermQuery(new Term(MatchIndex.ALL, stem)), boost),
								BooleanClause.Occur.SHOULD);
						query.add(new BoostQuery(new TermQuery(new Term(MatchIndex.TITLE, stem)), boost * 0.5f),
								BooleanClause.Occur.SHOULD);
						clauses += 2;
					}
				}
			}
		}
		return query.build();
	}

	/**
	 * Concepts found in a request, for diagnostics and tests.
	 */
	List<Concept> concepts(@Nullable String title, @Nullable String description) {
		return this.index.withSearcher((searcher) -> {
			Vocabulary vocabulary = new Vocabulary(searcher.getIndexReader(), this.thesaurus);
			return this.extractor.extract(title, description, vocabulary::known, vocabulary::neighbours);
		});
	}

}
