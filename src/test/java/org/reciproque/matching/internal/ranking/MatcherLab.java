package org.reciproque.matching.internal.ranking;

import java.io.IOException;

import org.reciproque.matching.internal.evaluation.Dataset;
import org.reciproque.matching.internal.evaluation.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.Thesaurus;

/**
 * A matcher over a data set's offers, indexed in memory, for evaluations.
 */
final class MatcherLab implements AutoCloseable {

	private final MatchIndex index;

	private final Matcher matcher;

	MatcherLab(Dataset data, MatcherSettings settings) {
		FrenchTextAnalysis analysis = new FrenchTextAnalysis();
		this.index = new MatchIndex(new ByteBuffersDirectory(), analysis, TextEmbedding.shared());
		for (Dataset.Item offer : data.offers()) {
			this.index.upsert(offer.id(), offer.title(), offer.description(), null);
		}
		this.index.refresh();
		this.matcher = new Matcher(this.index, analysis, Thesaurus.loadDefault(analysis), settings);
	}

	Matcher matcher() {
		return this.matcher;
	}

	/**
	 * Metrics of the matcher on the data set's requests.
	 */
	Metrics evaluate(Dataset data) {
		Metrics metrics = new Metrics();
		for (Dataset.Request request : data.requests()) {
			metrics.add(suggestedIds(request), request.relevant());
		}
		return metrics;
	}

	/**
	 * Median time of one request, in milliseconds, after one warm-up pass.
	 */
	double medianMillis(Dataset data) {
		return medianMillis(data.requests(), this::suggestedIds);
	}

	/**
	 * Median time of {@code call} on one item, in milliseconds, after one warm-up pass
	 * over them all.
	 */
	static <T> double medianMillis(List<T> items, Consumer<T> call) {
		items.forEach(call);
		List<Double> times = new ArrayList<>();
		for (T item : items) {
			long start = System.nanoTime();
			call.accept(item);
			times.add((System.nanoTime() - start) / 1e6);
		}
		times.sort(null);
		return times.get(times.size() / 2);
	}

	List<Suggestion> suggest(Dataset.Request request) {
		return this.matcher.suggest(request.title(), request.description(), Metrics.K);
	}

	private List<String> suggestedIds(Dataset.Request request) {
		return suggestedIds(request.title(), request.description());
	}

	/**
	 * Ids suggested for a request, best first: the function a {@code MatchingReport}
	 * measures.
	 */
	List<String> suggestedIds(String title, String description) {
		return this.matcher.suggest(title, description, Metrics.K).stream().map(Suggestion::id).toList();
	}

	@Override
	public void close() throws IOException {
		this.index.close();
	}

}
