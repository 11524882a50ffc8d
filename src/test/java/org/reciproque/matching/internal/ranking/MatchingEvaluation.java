package org.reciproque.matching.internal.ranking;

import java.io.IOException;

import org.reciproque.matching.internal.evaluation.Dataset;
import org.reciproque.matching.internal.evaluation.Metrics;
import org.reciproque.matching.internal.evaluation.MatchingReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates the matcher on a data set ({@code shared/datasets/README.md} format) and
 * prints Markdown tables: BM25 baselines, the matcher on all requests and on each half,
 * and on demand an ablation, a threshold sweep or every suggestion of some requests. Run
 * from the IDE (test class path) with
 * {@code <dataset.json> [--ablation] [--sweep] [--loss] [--reverse] [--scale [items]] [--dump <from> <to>] [--why <request id>]}.
 * {@code --reverse} measures the other direction, from each offer to the requests that
 * list it ({@link ReverseEvaluation}); {@code --scale} both directions with the data set
 * as one network among 100,000 items ({@link ScaleEvaluation}).
 */
final class MatchingEvaluation {

	private static final String HEADER = "| %s | hit@1 | hit@5 | MRR | nDCG@10 | false-suggestion |%n"
			+ "| --- | --- | --- | --- | --- | --- |%n";

	private MatchingEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println(
					"usage: MatchingEvaluation <dataset.json> [--ablation] [--sweep] [--loss] [--reverse] [--scale [items]] [--dump from to] [--why request]");
			System.exit(2);
		}
		Dataset data = Dataset.read(Path.of(args[0]));
		List<String> options = Arrays.asList(args);
		summary(data);
		if (options.contains("--ablation")) {
			ablation(data);
		}
		if (options.contains("--sweep")) {
			sweep(data);
		}
		int dump = options.indexOf("--dump");
		if (dump >= 0) {
			dump(data.slice(Integer.parseInt(args[dump + 1]), Integer.parseInt(args[dump + 2])), data);
		}
		if (options.contains("--loss")) {
			loss(data);
		}
		if (options.contains("--reverse")) {
			reverse(data);
		}
		int scale = options.indexOf("--scale");
		if (scale >= 0) {
			boolean sized = scale + 1 < args.length && args[scale + 1].matches("\\d+");
			scale(data, sized ? Integer.parseInt(args[scale + 1]) : MatcherSpeedBenchmark.ITEMS);
		}
		int why = options.indexOf("--why");
		if (why >= 0) {
			why(data, args[why + 1]);
		}
	}

	/**
	 * Every first-stage candidate of one request with its coverage, relevant ones marked:
	 * shows why a right answer stays below the threshold.
	 */
	private static void why(Dataset data, String requestId) throws IOException {
		Dataset.Request request = data.requests()
			.stream()
			.filter((r) -> r.id().equals(requestId))
			.findFirst()
			.orElseThrow();
		Map<String, String> titles = new LinkedHashMap<>();
		data.offers().forEach((offer) -> titles.put(offer.id(), offer.title()));
		try (MatcherLab lab = new MatcherLab(data, MatcherSettings.defaults())) {
			System.out.println("\n== " + request.id() + " " + request.title() + " | " + request.description());
			System.out.println("   concepts: " + lab.matcher().concepts(request.title(), request.description()));
			List<Matcher.Scored> scored = new ArrayList<>(
					lab.matcher().scoreOffers(request.title(), request.description(), CandidateFilter.all()));
			scored.sort(Comparator.comparingDouble((Matcher.Scored s) -> -s.coverage()));
			for (int rank = 0; rank < scored.size(); rank++) {
				Matcher.Scored s = scored.get(rank);
				int grade = request.relevant().getOrDefault(s.id(), 0);
				if (rank < 10 || grade > 0) {
					System.out.printf(Locale.ROOT, "   %3d %s cov=%.3f bm25=%.2f cos=%.2f g=%d %s %s%n", rank + 1,
							s.id(), s.coverage(), s.relativeBm25(), s.similarity(), grade, titles.get(s.id()),
							s.why().reasons());
				}
			}
			request.relevant()
				.keySet()
				.stream()
				.filter((id) -> scored.stream().noneMatch((s) -> s.id().equals(id)))
				.forEach((id) -> System.out.println("   not retrieved: " + id + " " + titles.get(id)));
		}
	}

	/**
	 * Where nDCG@10 is lost: for each answerable request, its nDCG as suggested, with the
	 * suggestions in the ideal order (ordering loss), and with every relevant first-stage
	 * candidate added in the ideal order (recall loss beyond the threshold).
	 */
	private static void loss(Dataset data) throws IOException {
		double asIs = 0;
		double reordered = 0;
		double recalled = 0;
		int answerable = 0;
		try (MatcherLab lab = new MatcherLab(data, MatcherSettings.defaults())) {
			for (Dataset.Request request : data.requests()) {
				if (request.relevant().isEmpty()) {
					continue;
				}
				answerable++;
				List<String> suggested = lab.suggest(request).stream().map(Suggestion::id).toList();
				Comparator<String> byGrade = Comparator
					.comparingInt((String id) -> -request.relevant().getOrDefault(id, 0));
				List<String> ideal = new ArrayList<>(suggested);
				ideal.sort(byGrade);
				List<String> all = new ArrayList<>(ideal);
				lab.matcher()
					.scoreOffers(request.title(), request.description(), CandidateFilter.all())
					.stream()
					.map(Matcher.Scored::id)
					.filter((id) -> request.relevant().containsKey(id) && !all.contains(id))
					.forEach(all::add);
				all.sort(byGrade);
				double a = ndcg(suggested, request.relevant());
				double b = ndcg(ideal, request.relevant());
				double c = ndcg(all, request.relevant());
				asIs += a;
				reordered += b;
				recalled += c;
				if (a < 0.99) {
					System.out.printf(Locale.ROOT, "%s ndcg=%.2f reordered=%.2f recalled=%.2f relevant=%s got=%s%n",
							request.id(), a, b, c, request.relevant(),
							suggested.stream().map((id) -> id + ":" + request.relevant().getOrDefault(id, 0)).toList());
				}
			}
		}
		System.out.printf(Locale.ROOT,
				"%nnDCG@10 as suggested %.3f, suggestions reordered %.3f, relevant candidates added %.3f%n",
				asIs / answerable, reordered / answerable, recalled / answerable);
	}

	private static double ndcg(List<String> ranked, Map<String, Integer> relevant) {
		Metrics metrics = new Metrics();
		metrics.add(ranked.subList(0, Math.min(Metrics.K, ranked.size())), relevant);
		return metrics.ndcgAt10();
	}

	private static void summary(Dataset data) throws IOException {
		int half = data.requests().size() / 2;
		try (MatcherLab lab = new MatcherLab(data, MatcherSettings.defaults())) {
			MatchingReport report = MatchingReport.of(data, "matcher (all)", lab::suggestedIds)
				.with("matcher (first half)", lab.evaluate(data.slice(0, half)))
				.with("matcher (second half)", lab.evaluate(data.slice(half, data.requests().size())));
			report.print(System.out);
			System.out.printf(Locale.ROOT, "%nthreshold %.2f, median %.2f ms per request%n",
					MatcherSettings.defaults().threshold(), lab.medianMillis(data));
		}
	}

	private static void reverse(Dataset data) throws IOException {
		try (ReverseEvaluation reverse = new ReverseEvaluation(data, MatcherSettings.defaults())) {
			Metrics metrics = reverse.evaluate(data);
			System.out.printf(Locale.ROOT,
					"%nOffers to the requests that list them (%d offers answer some, %d none):%n%n",
					metrics.answerable(), metrics.unanswerable());
			System.out.printf(Locale.ROOT, HEADER, "system");
			System.out.println(metrics.row("matcher, offer → requests"));
			for (int perRequest : new int[] { 3, 5, 10 }) {
				System.out.println(reverse.evaluateByForward(data, perRequest)
					.row("requests whose first " + perRequest + " suggestions hold the offer"));
			}
			System.out.printf(Locale.ROOT, "%nmedian %.2f ms per offer%n", reverse.medianMillis(data));
		}
	}

	/**
	 * Both directions with the data set as one network among {@code size} items, for the
	 * configured first stage and a wider one, and where the suggestions finally shown
	 * come from in a very wide first stage.
	 */
	private static void scale(Dataset data, int size) throws IOException {
		MatcherSettings settings = MatcherSettings.defaults();
		try (ScaleEvaluation scale = new ScaleEvaluation(data, size)) {
			System.out.printf(Locale.ROOT,
					"%nThe data set as one network among %,d items (%d%% of the others shared "
							+ "with every network); generated items count as wrong:%n%n",
					size, ScaleEvaluation.SHARED_PERCENT);
			System.out.printf(Locale.ROOT, HEADER, "first-stage candidates, direction");
			List<String> timings = new ArrayList<>();
			for (int candidates : new int[] { settings.candidates(), 100 }) {
				Matcher matcher = scale.matcher(settings.withCandidates(candidates));
				System.out.println(scale.forward(data, matcher).row(candidates + ", request → offers"));
				System.out.println(scale.reverse(data, matcher).row(candidates + ", offer → requests"));
				double forward = MatcherLab.medianMillis(data.requests(),
						(request) -> ScaleEvaluation.suggestions(matcher, ScaleEvaluation.item(request), false));
				double reverse = MatcherLab.medianMillis(data.offers(),
						(offer) -> ScaleEvaluation.suggestions(matcher, offer, true));
				timings.add(String.format(Locale.ROOT, "%d candidates: median %.2f ms per request, %.2f ms per offer",
						candidates, forward, reverse));
			}
			System.out.println();
			timings.forEach(System.out::println);
			int wide = 400;
			Matcher matcher = scale.matcher(settings.withCandidates(wide));
			for (boolean offers : new boolean[] { false, true }) {
				List<Integer> ranks = scale.firstStageRanks(data, matcher, offers, 5);
				System.out.printf(Locale.ROOT,
						"%s, %d first-stage candidates: of the %d suggestions shown first (five per item), "
								+ "%.1f%% rank within the first %d candidates, %.1f%% within the first 100%n",
						offers ? "offer → requests" : "request → offers", wide, ranks.size(),
						100.0 * ranks.stream().filter((rank) -> rank <= settings.candidates()).count() / ranks.size(),
						settings.candidates(),
						100.0 * ranks.stream().filter((rank) -> rank <= 100).count() / ranks.size());
			}
		}
	}

	private static void ablation(Dataset data) throws IOException {
		MatcherSettings d = MatcherSettings.defaults();
		Map<String, MatcherSettings> variants = new LinkedHashMap<>();
		variants.put("full matcher", d);
		variants.put("no thesaurus (neither)", d.withThesaurus(false));
		variants.put("no general thesaurus", d.withGeneralWeight(0));
		variants.put("no typo (fuzzy) matching", d.withFuzzy(false));
		variants.put("no candidate-title coverage", d.withShares(d.titleShare(), d.descriptionShare(), 0));
		variants.put("no request title/description split", d.withShares(0.5, 0.5, d.candidateShare()));
		variants.put("unknown words half weight", d.withUnknownWeight(0.5));
		variants.put("no main-topic check", d.withOffTopicFactor(1.0));
		variants.put("rank by coverage only (no BM25 blend)", d.withBm25Share(0));
		variants.put("rank by BM25 (expanded query) only", d.withBm25Share(1));
		variants.put("no threshold", d.withThreshold(0.0));
		System.out.printf("%n" + HEADER, "variant");
		for (Map.Entry<String, MatcherSettings> variant : variants.entrySet()) {
			try (MatcherLab lab = new MatcherLab(data, variant.getValue())) {
				System.out.println(lab.evaluate(data).row(variant.getKey()));
			}
		}
	}

	private static void sweep(Dataset data) throws IOException {
		System.out.printf("%n" + HEADER, "threshold");
		for (int step = 0; step < 16; step++) {
			double threshold = 0.05 + step * 0.025;
			try (MatcherLab lab = new MatcherLab(data, MatcherSettings.defaults().withThreshold(threshold))) {
				System.out.println(lab.evaluate(data).row(String.format(Locale.ROOT, "%.3f", threshold)));
			}
		}
	}

	private static void dump(Dataset requests, Dataset data) throws IOException {
		Map<String, String> titles = new LinkedHashMap<>();
		data.offers().forEach((offer) -> titles.put(offer.id(), offer.title()));
		try (MatcherLab lab = new MatcherLab(data, MatcherSettings.defaults())) {
			for (Dataset.Request request : requests.requests()) {
				System.out.println("\n== " + request.id() + " " + request.title() + " | " + request.description());
				System.out.println("   concepts: " + lab.matcher().concepts(request.title(), request.description()));
				System.out.println("   relevant: " + request.relevant());
				for (Suggestion suggestion : lab.suggest(request)) {
					System.out.printf(Locale.ROOT, "   %s %.3f g=%d %s %s%n", suggestion.id(), suggestion.score(),
							request.relevant().getOrDefault(suggestion.id(), 0), titles.get(suggestion.id()),
							suggestion.reasons());
				}
			}
		}
	}

}
