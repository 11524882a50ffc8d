package org.reciproque.matching.internal.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranking metrics exactly as defined in {@code shared/datasets/README.md}: hit@1, hit@5,
 * MRR (first relevant within 10), nDCG@10 (ideal = all labelled offers in ideal order)
 * over answerable requests, and the false-suggestion rate over unanswerable ones.
 */
public final class Metrics {

	/** Cut-off for MRR and nDCG; also the maximum number of suggestions per request. */
	public static final int K = 10;

	private int answerable;

	private int unanswerable;

	private int falseSuggestions;

	private double hit1;

	private double hit5;

	private double reciprocalRanks;

	private double ndcg;

	/**
	 * Adds one request's suggestions (ids best first; only the first {@link #K} count).
	 */
	public void add(List<String> ranked, Map<String, Integer> relevant) {
		List<String> top = (ranked.size() > K) ? ranked.subList(0, K) : ranked;
		if (relevant.isEmpty()) {
			this.unanswerable++;
			this.falseSuggestions += top.isEmpty() ? 0 : 1;
			return;
		}
		this.answerable++;
		int first = -1;
		double dcg = 0;
		for (int i = 0; i < top.size(); i++) {
			int grade = relevant.getOrDefault(top.get(i), 0);
			if (grade >= 1 && first < 0) {
				first = i + 1;
			}
			dcg += gain(grade, i + 1);
		}
		this.hit1 += (first == 1) ? 1 : 0;
		this.hit5 += (first >= 1 && first <= 5) ? 1 : 0;
		this.reciprocalRanks += (first >= 1) ? 1.0 / first : 0;
		List<Integer> ideal = relevant.values().stream().sorted(Comparator.reverseOrder()).toList();
		double idcg = 0;
		for (int i = 0; i < ideal.size(); i++) {
			idcg += gain(ideal.get(i), i + 1);
		}
		this.ndcg += (idcg == 0) ? 0 : dcg / idcg;
	}

	private static double gain(int grade, int rank) {
		return (Math.pow(2, grade) - 1) / (Math.log(rank + 1) / Math.log(2));
	}

	public double hitAt1() {
		return share(this.hit1, this.answerable);
	}

	public double hitAt5() {
		return share(this.hit5, this.answerable);
	}

	public double mrr() {
		return share(this.reciprocalRanks, this.answerable);
	}

	public double ndcgAt10() {
		return share(this.ndcg, this.answerable);
	}

	public double falseSuggestionRate() {
		return share(this.falseSuggestions, this.unanswerable);
	}

	public int answerable() {
		return this.answerable;
	}

	public int unanswerable() {
		return this.unanswerable;
	}

	private static double share(double sum, int count) {
		return (count == 0) ? 0 : sum / count;
	}

	/**
	 * One Markdown table row.
	 */
	public String row(String label) {
		return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.2f |", label, hitAt1(), hitAt5(), mrr(),
				ndcgAt10(), falseSuggestionRate());
	}

}
