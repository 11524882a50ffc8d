package org.reciproque.matching.internal.evaluation;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a suggestion function on a labelled data set and prints it next to the BM25
 * baselines, as a Markdown table:
 *
 * <pre>{@code
 * Dataset data = Dataset.read(path);
 * MatchingReport report = MatchingReport.of(data, (title, description) -> ids);
 * report.print(System.out);
 * }</pre>
 *
 * The function plays the real system: it gets a request's title and description and
 * returns the suggested offer ids, best first, nothing below its threshold (only the
 * first {@link Metrics#K} count). The baselines are computed once per report.
 */
public final class MatchingReport {

	private static final String HEADER = "| %s | hit@1 | hit@5 | MRR | nDCG@10 | false-suggestion |%n"
			+ "| --- | --- | --- | --- | --- | --- |%n";

	private final Dataset data;

	private final Map<String, Metrics> rows = new LinkedHashMap<>();

	private MatchingReport(Dataset data) {
		this.data = data;
	}

	/**
	 * The five metrics of {@code suggester} on the data set's requests.
	 */
	public static Metrics measure(Dataset data, Suggester suggester) {
		Metrics metrics = new Metrics();
		for (Dataset.Request request : data.requests()) {
			metrics.add(suggester.suggest(request.title(), request.description()), request.relevant());
		}
		return metrics;
	}

	/**
	 * A report with the two BM25 baselines and {@code suggester} under {@code name}.
	 */
	public static MatchingReport of(Dataset data, String name, Suggester suggester) {
		return baselines(data).with(name, measure(data, suggester));
	}

	/**
	 * A report holding only the BM25 baselines (StandardAnalyzer without synonyms, as the
	 * issue asks, and FrenchAnalyzer, the README's reference).
	 */
	public static MatchingReport baselines(Dataset data) {
		MatchingReport report = new MatchingReport(data);
		report.rows.put("BM25 StandardAnalyzer", Bm25Baseline.standard(data));
		report.rows.put("BM25 FrenchAnalyzer", Bm25Baseline.french(data));
		return report;
	}

	/**
	 * This report with one more row.
	 */
	public MatchingReport with(String name, Metrics metrics) {
		this.rows.put(name, metrics);
		return this;
	}

	/**
	 * The metrics of a row, e.g. to check targets.
	 */
	public Metrics metrics(String name) {
		Metrics metrics = this.rows.get(name);
		if (metrics == null) {
			throw new IllegalArgumentException("No row " + name + " in " + this.rows.keySet());
		}
		return metrics;
	}

	/**
	 * The Markdown table, with the data set's size.
	 */
	public String table() {
		StringBuilder table = new StringBuilder();
		Metrics any = this.rows.values().iterator().next();
		table.append(String.format("%s: %d offers, %d requests (%d without answer)%n%n", this.data.name(),
				this.data.offers().size(), this.data.requests().size(), any.unanswerable()));
		table.append(String.format(HEADER, "system"));
		this.rows.forEach((name, metrics) -> table.append(metrics.row(name)).append(System.lineSeparator()));
		return table.toString();
	}

	public void print(PrintStream out) {
		out.print(table());
	}

	/**
	 * The system under evaluation.
	 */
	@FunctionalInterface
	public interface Suggester {

		/**
		 * Suggested offer ids for a request, best first.
		 */
		List<String> suggest(String title, String description);

	}

}
