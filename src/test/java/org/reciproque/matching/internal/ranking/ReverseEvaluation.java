package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.reciproque.matching.internal.evaluation.Dataset;
import org.reciproque.matching.internal.evaluation.Metrics;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.Thesaurus;

/**
 * The other direction of a data set: from each offer to the requests it answers, as "Ce
 * qui pourrait vous intéresser" on an offer and the board's links show them. The labels
 * are the data set's, read backwards: a request graded 2 for an offer is a request graded
 * 2 among that offer's answers. Since every request lists all the offers that answer it,
 * an offer no request lists answers none of them, and any request suggested to it counts
 * as a false suggestion.
 */
final class ReverseEvaluation implements AutoCloseable {

	private static final CandidateFilter REQUESTS = CandidateFilter.all().require("direction", "REQUEST");

	private static final CandidateFilter OFFERS = CandidateFilter.all().require("direction", "OFFER");

	private final MatchIndex index;

	private final Matcher matcher;

	ReverseEvaluation(Dataset data, MatcherSettings settings) {
		FrenchTextAnalysis analysis = new FrenchTextAnalysis();
		this.index = new MatchIndex(new ByteBuffersDirectory(), analysis, TextEmbedding.shared());
		for (Dataset.Item offer : data.offers()) {
			this.index.upsert(offer.id(), offer.title(), offer.description(), null, Map.of("direction", "OFFER"));
		}
		for (Dataset.Request request : data.requests()) {
			this.index.upsert(request.id(), request.title(), request.description(), null,
					Map.of("direction", "REQUEST"));
		}
		this.index.refresh();
		this.matcher = new Matcher(this.index, analysis, Thesaurus.loadDefault(analysis), settings);
	}

	/**
	 * For each offer, the requests that list it, with their grade.
	 */
	static Map<String, Map<String, Integer>> answeredBy(Dataset data) {
		Map<String, Map<String, Integer>> answered = new HashMap<>();
		data.offers().forEach((offer) -> answered.put(offer.id(), new HashMap<>()));
		for (Dataset.Request request : data.requests()) {
			request.relevant()
				.forEach((offer, grade) -> answered.computeIfAbsent(offer, (id) -> new HashMap<>())
					.put(request.id(), grade));
		}
		return answered;
	}

	/**
	 * Metrics of reverse matching over every offer of the data set.
	 */
	Metrics evaluate(Dataset data) {
		Map<String, Map<String, Integer>> answered = answeredBy(data);
		Metrics metrics = new Metrics();
		for (Dataset.Item offer : data.offers()) {
			metrics.add(suggestedIds(offer), answered.get(offer.id()));
		}
		return metrics;
	}

	/**
	 * Metrics of the forward decision read backwards: each offer gets the requests whose
	 * own first {@code perRequest} suggestions include it, best score first. What the
	 * board's pairs would give an offer, were they computed for every request.
	 */
	Metrics evaluateByForward(Dataset data, int perRequest) {
		Map<String, List<Suggestion>> byOffer = new HashMap<>();
		for (Dataset.Request request : data.requests()) {
			for (Suggestion offer : this.matcher.suggest(request.title(), request.description(), perRequest, OFFERS)) {
				byOffer.computeIfAbsent(offer.id(), (id) -> new ArrayList<>())
					.add(new Suggestion(request.id(), offer.score(), offer.reasons()));
			}
		}
		Map<String, Map<String, Integer>> answered = answeredBy(data);
		Metrics metrics = new Metrics();
		for (Dataset.Item offer : data.offers()) {
			metrics.add(byOffer.getOrDefault(offer.id(), List.of())
				.stream()
				.sorted(Comparator.comparingDouble((Suggestion s) -> -s.score()))
				.limit(Metrics.K)
				.map(Suggestion::id)
				.toList(), answered.get(offer.id()));
		}
		return metrics;
	}

	/**
	 * Median time of one offer, in milliseconds, after one warm-up pass.
	 */
	double medianMillis(Dataset data) {
		return MatcherLab.medianMillis(data.offers(), this::suggestedIds);
	}

	private List<String> suggestedIds(Dataset.Item offer) {
		return this.matcher.reverse(offer.title(), offer.description(), Metrics.K, REQUESTS)
			.stream()
			.map(Suggestion::id)
			.toList();
	}

	@Override
	public void close() throws IOException {
		this.index.close();
	}

}
