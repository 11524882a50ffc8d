package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.Thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speed of suggestions on one shared index: 100,000 offers and requests across 200
 * networks (30% shared with all networks), each call filtered as the application does
 * ("(network = N OR visibility = ALL_NETWORKS) AND direction = … AND author ≠ me").
 * Prints the median and p95 of {@link Matcher#suggest} (request → offers) and
 * {@link Matcher#reverse} (offer → requests), each given the item's stored vector as the
 * application does, and the time to embed one text (paid when an item is written).
 * Embedding 100,000 texts would take half an hour on two cores: the first
 * {@value #EMBEDDED} items get their own vectors and the others reuse theirs, which costs
 * a query the same. A benchmark, not a timed test: excluded from the build; run
 * {@code ./mvnw -Pbenchmark surefire:test@benchmark
 * -Dtest=MatcherSpeedBenchmark} or the {@code main} from the IDE.
 */
@Tag("benchmark")
class MatcherSpeedBenchmark {

	static final int ITEMS = 100_000;

	static final int NETWORKS = 200;

	static final int EMBEDDED = 2_000;

	static final int MEMBERS_PER_NETWORK = 150;

	static final int WARM_UP = 300;

	static final int MEASURED = 1_000;

	public static void main(String[] args) throws IOException {
		new MatcherSpeedBenchmark().shouldMeasureSuggestionsOnASharedIndex();
	}

	@Test
	void shouldMeasureSuggestionsOnASharedIndex() throws IOException {
		Path directory = Files.createTempDirectory("match-bench");
		FrenchTextAnalysis analysis = new FrenchTextAnalysis();
		try (MatchIndex index = new MatchIndex(FSDirectory.open(directory), analysis, TextEmbedding.shared())) {
			long start = System.nanoTime();
			List<Item> items = fill(index, BenchTexts.load(), new SplittableRandom(42));
			System.out.printf(Locale.ROOT, "indexed %,d items in %d networks in %.1f s%n", items.size(), NETWORKS,
					(System.nanoTime() - start) / 1e9);
			Matcher matcher = new Matcher(index, analysis, Thesaurus.loadDefault(analysis), MatcherSettings.defaults());
			List<Item> requests = items.stream().filter((item) -> !item.offer()).toList();
			List<Item> offers = items.stream().filter(Item::offer).toList();
			Latency suggest = measure(requests, (item) -> matcher.suggest(item.title(), item.description(),
					index.vector(item.id()), 10, filter(item, "OFFER")));
			Latency reverse = measure(offers, (item) -> matcher.reverse(item.title(), item.description(),
					index.vector(item.id()), 10, filter(item, "REQUEST")));
			System.out.println(suggest.row("suggest (request → offers)"));
			System.out.println(reverse.row("reverse (offer → requests)"));
			System.out.printf(Locale.ROOT, "embedding one text: median %.2f ms%n",
					MatcherLab.medianMillis(items.subList(0, MEASURED),
							(item) -> TextEmbedding.shared().embed(item.title(), item.description())));
			assertThat(suggest.suggestedShare()).isGreaterThan(0.5);
		}
		finally {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	private static List<Item> fill(MatchIndex index, BenchTexts texts, SplittableRandom random) {
		List<byte[]> vectors = new ArrayList<>(EMBEDDED);
		List<Item> items = new ArrayList<>(ITEMS);
		for (int i = 0; i < ITEMS; i++) {
			int network = random.nextInt(NETWORKS);
			boolean offer = random.nextInt(100) < 55;
			String[] text = texts.item(offer, texts.town(network), random);
			Item item = new Item("i" + i, network, network * 1000 + random.nextInt(MEMBERS_PER_NETWORK), offer, text[0],
					text[1]);
			boolean shared = random.nextInt(100) < 30;
			if (i < EMBEDDED) {
				vectors.add(TextEmbedding.shared().embed(item.title(), item.description()));
			}
			index.upsert(item.id(), item.title(), item.description(), null,
					Map.of("network", String.valueOf(network), "direction", offer ? "OFFER" : "REQUEST", "visibility",
							shared ? "ALL_NETWORKS" : "NETWORK", "author", String.valueOf(item.author())),
					vectors.get(i % EMBEDDED));
			items.add(item);
		}
		index.refresh();
		return items;
	}

	private static CandidateFilter filter(Item item, String direction) {
		return CandidateFilter.all()
			.requireAnyOf(
					Map.of("network", Set.of(String.valueOf(item.network())), "visibility", Set.of("ALL_NETWORKS")))
			.require("direction", direction)
			.forbid("author", String.valueOf(item.author()))
			.excludeIds(Set.of(item.id()));
	}

	private static Latency measure(List<Item> items, Function<Item, List<Suggestion>> call) {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < WARM_UP; i++) {
			call.apply(items.get(random.nextInt(items.size())));
		}
		double[] millis = new double[MEASURED];
		int suggested = 0;
		for (int i = 0; i < MEASURED; i++) {
			Item item = items.get(random.nextInt(items.size()));
			long start = System.nanoTime();
			suggested += call.apply(item).isEmpty() ? 0 : 1;
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		java.util.Arrays.sort(millis);
		return new Latency(millis[MEASURED / 2], millis[(int) Math.ceil(MEASURED * 0.95) - 1], millis[MEASURED - 1],
				(double) suggested / MEASURED);
	}

	record Item(String id, int network, int author, boolean offer, String title, String description) {
	}

	record Latency(double median, double p95, double max, double suggestedShare) {

		String row(String name) {
			return String.format(Locale.ROOT,
					"%-28s median %6.2f ms   p95 %6.2f ms   max %7.2f ms   (%.0f%% with suggestions)", name,
					this.median, this.p95, this.max, 100 * this.suggestedShare);
		}

	}

}
