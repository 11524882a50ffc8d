package org.reciproque.matching.internal.ranking;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.reciproque.matching.internal.evaluation.Dataset;
import org.reciproque.matching.internal.evaluation.Metrics;

/**
 * Calibrates the "suggest or not" threshold and the companion threshold with two-fold
 * cross-validation, so that the figures reported are on requests they were not chosen on.
 * Scores every first-stage candidate once, picks on one half the pair that maximises
 * hit@5 + nDCG@10 − false-suggestion rate, and reports it on the other half, both ways
 * round. Run with {@code <dataset.json>}.
 */
final class ThresholdCrossValidation {

	private ThresholdCrossValidation() {
	}

	public static void main(String[] args) throws Exception {
		Dataset data = Dataset.read(Path.of(args[0]));
		List<List<Row>> rows = score(data, MatcherSettings.defaults());
		int half = rows.size() / 2;
		int[][] halves = { { 0, half }, { half, rows.size() } };
		System.out.printf(
				"| tuned on | threshold / companion | reported on | hit@1 | hit@5 | MRR | nDCG@10 | false-suggestion |%n"
						+ "| --- | --- | --- | --- | --- | --- | --- | --- |%n");
		for (int f = 0; f < 2; f++) {
			int[] train = halves[f];
			int[] test = halves[1 - f];
			double[] threshold = tune(rows, data, train);
			String tuned = String.format(Locale.ROOT, "[%d,%d) | %.2f / %.2f", train[0], train[1], threshold[0],
					threshold[1]);
			System.out.println(evaluate(rows, data, train, threshold).row(tuned + " | same half"));
			System.out.println(evaluate(rows, data, test, threshold)
				.row(tuned + String.format(Locale.ROOT, " | held-out [%d,%d)", test[0], test[1])));
		}
		int[] all = { 0, rows.size() };
		double[] threshold = tune(rows, data, all);
		System.out.println(evaluate(rows, data, all, threshold)
			.row(String.format(Locale.ROOT, "all | %.2f / %.2f | all", threshold[0], threshold[1])));
	}

	private static List<List<Row>> score(Dataset data, MatcherSettings settings) throws Exception {
		List<List<Row>> rows = new ArrayList<>();
		try (MatcherLab lab = new MatcherLab(data, settings)) {
			for (Dataset.Request request : data.requests()) {
				List<Row> candidates = new ArrayList<>();
				List<Matcher.Scored> scored = lab.matcher()
					.scoreOffers(request.title(), request.description(), CandidateFilter.all());
				double[] scores = lab.matcher().rankingScores(scored);
				for (int i = 0; i < scores.length; i++) {
					Matcher.Scored s = scored.get(i);
					candidates.add(new Row(s.id(), scores[i], s.coverage(), s.why().touchesCandidateTitle()));
				}
				candidates.sort(Comparator.comparingDouble((Row r) -> -r.blended()));
				rows.add(candidates);
			}
		}
		return rows;
	}

	/**
	 * The best {threshold, companion threshold} on the range, the lowest on ties.
	 */
	private static double[] tune(List<List<Row>> rows, Dataset data, int[] range) {
		double[] best = { 0, 0 };
		double bestValue = Double.NEGATIVE_INFINITY;
		for (int step = 0; step <= 50; step++) {
			for (int companion = 0; companion <= step; companion++) {
				double[] thresholds = { step * 0.01, companion * 0.01 };
				Metrics m = evaluate(rows, data, range, thresholds);
				double value = m.hitAt5() + m.ndcgAt10() - m.falseSuggestionRate();
				if (value > bestValue + 1e-9) {
					bestValue = value;
					best = thresholds;
				}
			}
		}
		return best;
	}

	/**
	 * Metrics with the matcher's rule: nothing unless a candidate whose title the request
	 * touches reaches {@code thresholds[0]}, then every candidate reaching
	 * {@code thresholds[1]}.
	 */
	private static Metrics evaluate(List<List<Row>> rows, Dataset data, int[] range, double[] thresholds) {
		Metrics metrics = new Metrics();
		for (int i = range[0]; i < range[1]; i++) {
			double best = rows.get(i).stream().filter(Row::titleTouched).mapToDouble(Row::coverage).max().orElse(0);
			double floor = (best >= thresholds[0]) ? thresholds[1] : Double.POSITIVE_INFINITY;
			List<String> ids = rows.get(i)
				.stream()
				.filter((r) -> r.coverage() >= floor)
				.limit(Metrics.K)
				.map(Row::id)
				.toList();
			metrics.add(ids, data.requests().get(i).relevant());
		}
		return metrics;
	}

	private record Row(String id, double blended, double coverage, boolean titleTouched) {
	}

}
