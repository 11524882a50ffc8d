package org.reciproque.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Latency percentiles and throughput of one measured phase.
 *
 * @param count successful requests
 * @param p50 median latency, ms
 * @param p95 95th percentile, ms
 * @param p99 99th percentile, ms
 * @param max slowest, ms
 * @param perSecond successful requests per second
 */
record LatencySummary(long count, double p50, double p95, double p99, double max, double perSecond) {

	static LatencySummary of(long[] nanos, long wallNanos) {
		if (nanos.length == 0) {
			return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new LatencySummary(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
				millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]), sorted.length / (wallNanos / 1e9));
	}

	/**
	 * The median of each figure over repeated runs: the machine is shared and noisy, so
	 * one run proves little.
	 */
	static LatencySummary median(List<LatencySummary> runs) {
		return new LatencySummary((long) median(runs, LatencySummary::count), median(runs, LatencySummary::p50),
				median(runs, LatencySummary::p95), median(runs, LatencySummary::p99), median(runs, LatencySummary::max),
				median(runs, LatencySummary::perSecond));
	}

	static double median(List<LatencySummary> runs, ToDoubleFunction<LatencySummary> figure) {
		double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	private static long percentile(long[] sorted, int percent) {
		// Nearest-rank: the smallest value with at least percent% of values at or below.
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	String format() {
		return String.format(Locale.ROOT, "n=%,d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms %.1f req/s",
				this.count, this.p50, this.p95, this.p99, this.max, this.perSecond);
	}

}
