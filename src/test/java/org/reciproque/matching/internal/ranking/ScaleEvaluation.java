package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.apache.lucene.store.FSDirectory;
import org.reciproque.matching.internal.evaluation.Dataset;
import org.reciproque.matching.internal.evaluation.Metrics;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.Thesaurus;

/**
 * A data set at the scale of the speed target: its items form one network of an index of
 * {@code size} items, the others written by {@link BenchTexts} in
 * {@value #OTHER_NETWORKS} other networks, {@value #SHARED_PERCENT}% of them shared with
 * every network, each call filtered as the application filters. It tells what a setting
 * of the first stage costs when thousands of shared items compete:
 * <ul>
 * <li>the metrics of both directions: generated items may well answer a request, and then
 * count as wrong, so compare settings with each other, not with the data set alone;</li>
 * <li>the first-stage rank of every suggestion finally shown, with a wide first stage:
 * what a narrower one would miss.</li>
 * </ul>
 */
final class ScaleEvaluation implements AutoCloseable {

	static final int OTHER_NETWORKS = 199;

	static final int SHARED_PERCENT = 30;

	/** The data set's own network. */
	private static final String NETWORK = "0";

	private final Path directory;

	private final FrenchTextAnalysis analysis = new FrenchTextAnalysis();

	private final MatchIndex index;

	private final Set<String> shared = new HashSet<>();

	ScaleEvaluation(Dataset data, int size) throws IOException {
		this.directory = Files.createTempDirectory("match-scale");
		this.index = new MatchIndex(FSDirectory.open(this.directory), this.analysis);
		BenchTexts texts = BenchTexts.load();
		SplittableRandom random = new SplittableRandom(42);
		int generated = Math.max(0, size - data.offers().size() - data.requests().size());
		for (int i = 0; i < generated; i++) {
			int network = 1 + random.nextInt(OTHER_NETWORKS);
			boolean offer = random.nextInt(100) < 55;
			String[] text = texts.item(offer, texts.town(network), random);
			boolean everywhere = random.nextInt(100) < SHARED_PERCENT;
			String id = "gen" + i;
			if (everywhere) {
				this.shared.add(id);
			}
			this.index.upsert(id, text[0], text[1], null, keys(String.valueOf(network), offer, everywhere, id));
		}
		for (Dataset.Item offer : data.offers()) {
			this.index.upsert(offer.id(), offer.title(), offer.description(), null,
					keys(NETWORK, true, false, offer.id()));
		}
		for (Dataset.Request request : data.requests()) {
			this.index.upsert(request.id(), request.title(), request.description(), null,
					keys(NETWORK, false, false, request.id()));
		}
		this.index.refresh();
	}

	private static Map<String, String> keys(String network, boolean offer, boolean everywhere, String author) {
		return Map.of("network", network, "direction", offer ? "OFFER" : "REQUEST", "visibility",
				everywhere ? "ALL_NETWORKS" : "NETWORK", "author", author);
	}

	/**
	 * Whether a generated item is shared with every network (the only ones the data set's
	 * network can see).
	 */
	boolean isShared(String id) {
		return this.shared.contains(id);
	}

	Matcher matcher(MatcherSettings settings) {
		return new Matcher(this.index, this.analysis, Thesaurus.loadDefault(this.analysis), settings);
	}

	/**
	 * The suggestions for one item of the data set's network, as the application asks.
	 */
	static List<Suggestion> suggestions(Matcher matcher, Dataset.Item item, boolean offer) {
		return offer ? matcher.reverse(item.title(), item.description(), Metrics.K, filter("REQUEST", item.id()))
				: matcher.suggest(item.title(), item.description(), Metrics.K, filter("OFFER", item.id()));
	}

	private static CandidateFilter filter(String direction, String author) {
		return CandidateFilter.all()
			.requireAnyOf(Map.of("network", Set.of(NETWORK), "visibility", Set.of("ALL_NETWORKS")))
			.require("direction", direction)
			.forbid("author", author);
	}

	/**
	 * Metrics of request → offers over the data set's requests.
	 */
	Metrics forward(Dataset data, Matcher matcher) {
		Metrics metrics = new Metrics();
		for (Dataset.Request request : data.requests()) {
			metrics.add(ids(suggestions(matcher, item(request), false)), request.relevant());
		}
		return metrics;
	}

	/**
	 * Metrics of offer → requests over the data set's offers, labels read backwards.
	 */
	Metrics reverse(Dataset data, Matcher matcher) {
		Map<String, Map<String, Integer>> answered = ReverseEvaluation.answeredBy(data);
		Metrics metrics = new Metrics();
		for (Dataset.Item offer : data.offers()) {
			metrics.add(ids(suggestions(matcher, offer, true)), answered.get(offer.id()));
		}
		return metrics;
	}

	/**
	 * For every item of one direction, the first-stage rank (from 1) of each of its first
	 * {@code shown} suggestions, under settings whose first stage is wide.
	 */
	List<Integer> firstStageRanks(Dataset data, Matcher wide, boolean offers, int shown) {
		List<Dataset.Item> items = offers ? data.offers()
				: data.requests().stream().map(ScaleEvaluation::item).toList();
		List<Integer> ranks = new ArrayList<>();
		for (Dataset.Item item : items) {
			CandidateFilter filter = filter(offers ? "REQUEST" : "OFFER", item.id());
			List<Matcher.Scored> scored = offers ? wide.scoreRequests(item.title(), item.description(), filter)
					: wide.scoreOffers(item.title(), item.description(), filter);
			Map<String, Integer> rank = new HashMap<>();
			for (int i = 0; i < scored.size(); i++) {
				rank.put(scored.get(i).id(), i + 1);
			}
			List<Suggestion> shownFirst = suggestions(wide, item, offers);
			shownFirst.stream().limit(shown).forEach((suggestion) -> ranks.add(rank.get(suggestion.id())));
		}
		return ranks;
	}

	static Dataset.Item item(Dataset.Request request) {
		return new Dataset.Item(request.id(), request.title(), request.description());
	}

	private static List<String> ids(List<Suggestion> suggestions) {
		return suggestions.stream().map(Suggestion::id).toList();
	}

	@Override
	public void close() throws IOException {
		this.index.close();
		try (Stream<Path> files = Files.walk(this.directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
