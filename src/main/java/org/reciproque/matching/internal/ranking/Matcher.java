package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.FrenchWords;
import org.reciproque.platform.text.GeneralThesaurus;
import org.reciproque.platform.text.Thesaurus;

/**
 * Matches requests and offers held in one {@link MatchIndex}. Two stages: a broad BM25
 * retrieval over every form of every concept, restricted by a {@link CandidateFilter},
 * then {@link CoverageScorer} re-scores the candidates into [0, 1] and keeps those above
 * the threshold; the order also weighs how close the candidate's {@link TextEmbedding
 * vector} is to the query's, relative to the other candidates. In both directions the
 * request is the query and the offer the candidate, so that a score means the same
 * whichever side asks.
 *
 * <p>
 * Thread-safe: holds immutable configuration and the word statistics of the latest index
 * snapshot; each call reads a consistent snapshot.
 */
public final class Matcher {

	/**
	 * A word in at least this many items is a real word, not a typo, even when no
	 * candidate uses it: saves a filtered count per word.
	 */
	private static final int SURELY_KNOWN_DOC_FREQ = 20;

	private final MatchIndex index;

	private final FrenchTextAnalysis analysis;

	private final Thesaurus thesaurus;

	private final ConceptExtractor extractor;

	private final CoverageScorer scorer;

	private final RetrievalQueries queries;

	private final MatcherSettings settings;

	/** The vocabulary of the current snapshot, by idf field. */
	private final Map<String, Vocabulary> vocabularies = new ConcurrentHashMap<>();

	public Matcher(MatchIndex index, FrenchTextAnalysis analysis, Thesaurus thesaurus, MatcherSettings settings) {
		this.index = index;
		this.analysis = analysis;
		this.thesaurus = settings.useThesaurus() ? thesaurus : Thesaurus.empty();
		boolean general = settings.useThesaurus() && settings.generalWeight() > 0;
		GeneralThesaurus lexicon = GeneralThesaurus.loadDefault(analysis);
		// French words and those of both thesauri tell real words from misspellings
		FrenchWords french = FrenchWords.loadDefault();
		Predicate<String> isWord = (word) -> french.contains(word) || thesaurus.isWord(word) || lexicon.isWord(word);
		this.extractor = new ConceptExtractor(analysis, this.thesaurus, settings.useFuzzy(),
				general ? lexicon : GeneralThesaurus.empty(), isWord, lexicon::isStem);
		this.scorer = new CoverageScorer(settings, isWord);
		this.queries = new RetrievalQueries(this.scorer, this.thesaurus);
		this.settings = settings;
	}

	/**
	 * Best suggestions first among all indexed items, at most {@code limit}, none below
	 * the threshold.
	 */
	public List<Suggestion> suggest(@Nullable String title, @Nullable String description, int limit) {
		return suggest(title, description, limit, CandidateFilter.all());
	}

	/**
	 * The offers that could answer a request, best first, at most {@code limit}, none
	 * below the threshold; only items that {@code filter} lets through.
	 * @param title the request's title
	 * @param description the request's description
	 */
	public List<Suggestion> suggest(@Nullable String title, @Nullable String description, int limit,
			CandidateFilter filter) {
		return suggest(title, description, null, limit, filter);
	}

	/**
	 * As {@link #suggest(String, String, int, CandidateFilter)}, with the request's
	 * stored vector ({@link MatchIndex#vector}) when it has one, which saves embedding
	 * its text again.
	 */
	public List<Suggestion> suggest(@Nullable String title, @Nullable String description, byte @Nullable [] vector,
			int limit, CandidateFilter filter) {
		return select(scoreOffers(title, description, vector, filter), limit, true);
	}

	/**
	 * Every first-stage candidate for a request with its coverage, before any threshold.
	 */
	List<Scored> scoreOffers(@Nullable String title, @Nullable String description, CandidateFilter filter) {
		return scoreOffers(title, description, null, filter);
	}

	private List<Scored> scoreOffers(@Nullable String title, @Nullable String description, byte @Nullable [] vector,
			CandidateFilter filter) {
		return this.index.withSearcher((searcher) -> {
			// the offers' own statistics: which words tell them apart
			String field = MatchIndex.textField(filter.group());
			Vocabulary vocabulary = vocabulary(searcher, field);
			Predicate<String> known = knownAmong(searcher, vocabulary, filter);
			List<Concept> concepts = this.extractor.extract(title, description, known, vocabulary::neighbours);
			if (concepts.isEmpty()) {
				return List.of();
			}
			double[] weights = this.scorer.weights(concepts, vocabulary, known);
			ScoreDoc[] hits = search(searcher, filter, concepts, false, field);
			byte[] query = queryVector(hits, title, description, vector);
			TermVectors vectors = searcher.getIndexReader().termVectors();
			List<Scored> scored = new ArrayList<>();
			for (ScoreDoc hit : hits) {
				Document stored = searcher.storedFields().document(hit.doc);
				CandidateTerms candidate = candidate(stored, vectors, hit.doc);
				Explanation why = new Explanation();
				double coverage = this.scorer.score(concepts, weights, candidate, vocabulary, why);
				scored.add(new Scored(candidate.id(), coverage, hit.score / hits[0].score, why,
						similarity(query, stored)));
			}
			return scored;
		});
	}

	/**
	 * The requests that an offer could answer, best first, at most {@code limit}, none
	 * below the threshold; only items that {@code filter} lets through. Each candidate
	 * request is scored as the query against the offer, as {@link #suggest} would.
	 * @param title the offer's title
	 * @param description the offer's description
	 */
	public List<Suggestion> reverse(@Nullable String title, @Nullable String description, int limit,
			CandidateFilter filter) {
		return reverse(title, description, null, limit, filter);
	}

	/**
	 * As {@link #reverse(String, String, int, CandidateFilter)}, with the offer's stored
	 * vector when it has one.
	 */
	public List<Suggestion> reverse(@Nullable String title, @Nullable String description, byte @Nullable [] vector,
			int limit, CandidateFilter filter) {
		return select(scoreRequests(title, description, vector, filter), limit, false);
	}

	/**
	 * Every first-stage candidate request for an offer with its coverage, before any
	 * threshold.
	 */
	List<Scored> scoreRequests(@Nullable String title, @Nullable String description, CandidateFilter filter) {
		return scoreRequests(title, description, null, filter);
	}

	private List<Scored> scoreRequests(@Nullable String title, @Nullable String description, byte @Nullable [] vector,
			CandidateFilter filter) {
		return this.index.withSearcher((searcher) -> {
			// statistics of every item: those of the requests alone did worse from an
			// offer, on the dev set and at scale (BENCHMARKS.md, 2026-12-07, afternoon)
			Vocabulary vocabulary = vocabulary(searcher, MatchIndex.ALL);
			List<Concept> offerConcepts = this.extractor.extract(title, description,
					knownAmong(searcher, vocabulary, filter), vocabulary::neighbours);
			if (offerConcepts.isEmpty()) {
				return List.of();
			}
			ScoreDoc[] hits = search(searcher, filter, offerConcepts, true, MatchIndex.ALL);
			byte[] query = queryVector(hits, title, description, vector);
			Map<String, String> texts = new HashMap<>();
			texts.put(MatchIndex.TITLE, (title != null) ? title : "");
			texts.put(MatchIndex.BODY, (description != null) ? description : "");
			CandidateTerms offer = CandidateTerms.analyse("", texts, this.analysis);
			// the request itself is indexed: a word is known when another item uses it
			Predicate<String> known = (stem) -> this.thesaurus.contains(stem) || vocabulary.docFreq(stem) > 1;
			List<Scored> scored = new ArrayList<>();
			for (ScoreDoc hit : hits) {
				Document request = searcher.storedFields().document(hit.doc);
				List<Concept> concepts = this.extractor.extract(request.get(MatchIndex.TITLE),
						request.get(MatchIndex.BODY), known, vocabulary::neighbours);
				if (!concepts.isEmpty()) {
					Explanation why = new Explanation();
					double[] weights = this.scorer.weights(concepts, vocabulary, known);
					double coverage = this.scorer.score(concepts, weights, offer, vocabulary, why);
					scored.add(new Scored(request.get(MatchIndex.ID), coverage, hit.score / hits[0].score, why,
							similarity(query, request)));
				}
			}
			return scored;
		});
	}

	/**
	 * The query's vector: the one given, else its text embedded, and none when there is
	 * no candidate to compare it with.
	 */
	private byte @Nullable [] queryVector(ScoreDoc[] hits, @Nullable String title, @Nullable String description,
			byte @Nullable [] vector) {
		if (vector != null || hits.length == 0 || this.settings.semanticWeight() == 0) {
			return vector;
		}
		return this.index.embedding().embed(title, description);
	}

	/**
	 * Cosine of the query's vector and the candidate's, {@code NaN} when either has none.
	 */
	private static double similarity(byte @Nullable [] query, Document candidate) {
		byte[] vector = MatchIndex.vector(candidate);
		return (query == null || vector == null) ? Double.NaN : TextEmbedding.cosine(query, vector);
	}

	private ScoreDoc[] search(IndexSearcher searcher, CandidateFilter filter, List<Concept> concepts, boolean reverse,
			String field) throws IOException {
		return searcher.search(filter.restrict(this.queries.build(concepts, reverse, field)),
				this.settings.candidates()).scoreDocs;
	}

	/**
	 * The suggestions among scored candidates, best first. BM25 sees term frequencies and
	 * lengths that coverage ignores: both are blended for the order, but only coverage,
	 * which means the same for every request, decides whether to suggest.
	 * @param oneQuery whether the candidates answer one request (offers for a request):
	 * then nothing is suggested unless one of them {@link #answers answers} it, and the
	 * others need only the companion threshold; candidate requests for an offer are each
	 * their own query, so each must reach the reverse threshold and touch the offer's
	 * title
	 */
	private List<Suggestion> select(List<Scored> scored, int limit, boolean oneQuery) {
		List<Suggestion> suggestions = new ArrayList<>();
		boolean answered = oneQuery && (scored.stream().anyMatch(this::answers) || agreeOnOne(scored));
		double[] scores = rankingScores(scored);
		for (int i = 0; i < scored.size(); i++) {
			Scored candidate = scored.get(i);
			boolean suggested = oneQuery ? answered && this.settings.acceptsCompanion(candidate.coverage())
					: this.settings.acceptsReverse(candidate.coverage()) && candidate.why().touchesCandidateTitle();
			if (suggested) {
				suggestions.add(new Suggestion(candidate.id(), scores[i], candidate.why().reasons()));
			}
		}
		suggestions.sort(Comparator.comparingDouble((Suggestion s) -> -s.score()));
		return (suggestions.size() > limit) ? List.copyOf(suggestions.subList(0, limit)) : suggestions;
	}

	/**
	 * The score that orders each candidate, in [0, 1]: coverage and relative BM25
	 * blended, moved by how much closer in meaning it is than the other candidates.
	 */
	double[] rankingScores(List<Scored> scored) {
		double share = this.settings.bm25Share();
		Closeness closeness = Closeness.among(scored);
		double[] scores = new double[scored.size()];
		for (int i = 0; i < scores.length; i++) {
			Scored candidate = scored.get(i);
			double score = (1 - share) * candidate.coverage() + share * candidate.relativeBm25()
					+ this.settings.semanticWeight() * closeness.of(candidate);
			scores[i] = Math.max(0, Math.min(1.0, score));
		}
		return scores;
	}

	/**
	 * Whether a candidate answers the request on its own: enough coverage, and the
	 * request touches the candidate's title, which states what the offer is (a word
	 * shared with its description only is not enough).
	 */
	private boolean answers(Scored candidate) {
		return this.settings.accepts(candidate.coverage()) && candidate.why().touchesCandidateTitle();
	}

	/**
	 * Whether the three signals agree on one candidate that answers the request less
	 * fully than the threshold asks but at least as the companion threshold does: it is
	 * first by coverage, first by BM25 and the closest in meaning, and the request
	 * touches its title. A long request told as a situation covers little of itself even
	 * with the right offer ("ma fille a un contrôle sur les circuits…" for
	 * "Physique-chimie"); an offer that every signal puts first is no accident.
	 */
	private boolean agreeOnOne(List<Scored> scored) {
		Scored best = null;
		for (Scored candidate : scored) {
			if (best == null || candidate.coverage() > best.coverage()) {
				best = candidate;
			}
		}
		if (best == null || Double.isNaN(best.similarity()) || best.relativeBm25() < 1.0
				|| !this.settings.acceptsCompanion(best.coverage()) || !best.why().touchesCandidateTitle()) {
			return false;
		}
		for (Scored candidate : scored) {
			if (candidate != best && !(candidate.similarity() < best.similarity())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Word statistics of the searcher's snapshot with the idf of {@code field}, built
	 * once per snapshot and field.
	 */
	private Vocabulary vocabulary(IndexSearcher searcher, String field) {
		return this.vocabularies.compute(field,
				(key, last) -> Vocabulary.of(searcher.getIndexReader(), this.thesaurus, last, key));
	}

	/**
	 * Whether a word is used by some candidate (or is a thesaurus entry): an unknown long
	 * word is probably a typo. A request's own words are in the shared index, hence the
	 * test on the candidates rather than on the whole index.
	 */
	private Predicate<String> knownAmong(IndexSearcher searcher, Vocabulary vocabulary, CandidateFilter filter) {
		return (stem) -> {
			if (this.thesaurus.contains(stem)) {
				return true;
			}
			int docFreq = vocabulary.docFreq(stem);
			if (docFreq == 0 || filter.isAll() || docFreq >= SURELY_KNOWN_DOC_FREQ) {
				return docFreq > 0;
			}
			try {
				return searcher.count(filter.restrictTerm(new Term(MatchIndex.ALL, stem))) > 0;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	private static CandidateTerms candidate(Document stored, TermVectors vectors, int doc) throws IOException {
		Map<String, String> texts = new HashMap<>();
		for (String field : CandidateTerms.FIELDS) {
			String text = stored.get(field);
			if (text != null) {
				texts.put(field, text);
			}
		}
		return CandidateTerms.read(stored.get(MatchIndex.ID), doc, vectors, texts);
	}

	/**
	 * Concepts found in a request, for diagnostics and tests.
	 */
	List<Concept> concepts(@Nullable String title, @Nullable String description) {
		return this.index.withSearcher((searcher) -> {
			Vocabulary vocabulary = vocabulary(searcher, MatchIndex.ALL);
			return this.extractor.extract(title, description, vocabulary::known, vocabulary::neighbours);
		});
	}

	/**
	 * One first-stage candidate, scored.
	 *
	 * @param id the candidate's id
	 * @param coverage how well it answers the request, in [0, 1]
	 * @param relativeBm25 its first-stage score relative to the best candidate's
	 * @param why what matched
	 * @param similarity cosine of its vector and the query's, {@code NaN} without vectors
	 */
	record Scored(String id, double coverage, double relativeBm25, Explanation why, double similarity) {
	}

	/**
	 * How much closer in meaning each candidate is than the others: a cosine means little
	 * on its own (the model puts any two French texts fairly close), its distance to the
	 * candidates' mean in standard deviations says more. Scaled by a quarter and bounded
	 * to [-1, 1]; 0 without vectors.
	 */
	private record Closeness(double mean, double deviation) {

		static Closeness among(List<Scored> scored) {
			double sum = 0;
			double squares = 0;
			int count = 0;
			for (Scored candidate : scored) {
				if (!Double.isNaN(candidate.similarity())) {
					sum += candidate.similarity();
					squares += candidate.similarity() * candidate.similarity();
					count++;
				}
			}
			if (count < 2) {
				return new Closeness(0, 0);
			}
			double mean = sum / count;
			return new Closeness(mean, Math.sqrt(Math.max(0, squares / count - mean * mean)));
		}

		double of(Scored candidate) {
			if (this.deviation == 0 || Double.isNaN(candidate.similarity())) {
				return 0;
			}
			double z = (candidate.similarity() - this.mean) / this.deviation;
			return Math.max(-1, Math.min(1, z / 4));
		}

	}

}
