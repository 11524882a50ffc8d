package org.reciproque.matching.internal.ranking;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.reciproque.platform.text.Thesaurus;

/**
 * The first, broad stage of matching: a BM25 query over every form of every concept of
 * the query item, on all of a candidate's text. Recall matters here, precision comes from
 * {@link CoverageScorer}. The candidate's title gets no clause of its own: the scorer
 * already credits a match in the title more, and a second clause on the title counted it
 * twice in the blended order (measured in BENCHMARKS.md, 2026-12-07, 08:00).
 */
final class RetrievalQueries {

	/**
	 * At most this many clauses (one per stem): the cost of a search grows with them, and
	 * the strongest forms, added first, already bring the candidates.
	 */
	static final int MAX_CLAUSES = 200;

	/** At most this many forms per concept, strongest first, so that no word floods. */
	private static final int MAX_FORMS = 12;

	/**
	 * At most this many words leading to one form of an offer, shortest first: a broad
	 * subject ("cuisine") is the target of many one-way links, and every clause costs.
	 */
	static final int MAX_SOURCES = 32;

	private final CoverageScorer scorer;

	private final Thesaurus thesaurus;

	RetrievalQueries(CoverageScorer scorer, Thesaurus thesaurus) {
		this.scorer = scorer;
		this.thesaurus = thesaurus;
	}

	/**
	 * The retrieval query of a request's concepts, or with {@code reverse} of an offer's:
	 * then the words that lead to the offer's words through a one-way link are searched
	 * too, since a request says "trac" where the offer says "prise de parole".
	 */
	Query build(List<Concept> concepts, boolean reverse, String field) {
		Clauses clauses = new Clauses(field);
		for (Concept concept : concepts) {
			// a title's purpose complement is context, as the description is
			float titleBoost = (concept.inTitle && !concept.purpose) ? 2 : 1;
			List<Concept.Alternative> forms = concept.alternatives.values()
				.stream()
				.sorted(Comparator.comparing(Concept.Alternative::kind))
				.limit(MAX_FORMS)
				.toList();
			for (Concept.Alternative alternative : forms) {
				float boost = (float) (this.scorer.kindWeight(alternative.kind()) * titleBoost);
				clauses.add(alternative.stems(), boost);
				if (reverse && alternative.kind() != Concept.Kind.PART) {
					float related = (float) (this.scorer.kindWeight(Concept.Kind.RELATED) * titleBoost);
					List<String> sources = this.thesaurus.relatedSources(alternative.key());
					for (String source : sources.subList(0, Math.min(MAX_SOURCES, sources.size()))) {
						clauses.add(source.split(" "), related);
					}
				}
			}
		}
		return clauses.query.build();
	}

	private static final class Clauses {

		private final BooleanQuery.Builder query = new BooleanQuery.Builder();

		private final Set<String> seen = new HashSet<>();

		private final String field;

		private int count;

		Clauses(String field) {
			this.field = field;
		}

		void add(String[] stems, float boost) {
			for (String stem : stems) {
				if (this.count < MAX_CLAUSES && this.seen.add(stem)) {
					// BM25 brings its own idf; boost only by link kind and request title
					this.query.add(new BoostQuery(new TermQuery(new Term(this.field, stem)), boost),
							BooleanClause.Occur.SHOULD);
					this.count++;
				}
			}
		}

	}

}
