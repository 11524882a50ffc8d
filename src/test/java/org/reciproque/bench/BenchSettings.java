package org.reciproque.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The knobs of the benchmarks, as system properties ({@code -Dbench.runs=5}); the
 * defaults keep each benchmark within a few minutes on two cores.
 *
 * @param jar the application jar to run (built by {@code package})
 * @param workDir where data sets, logs and results go
 * @param clients concurrent clients
 * @param warmup warm-up time before measuring (at least; see warmupRequests)
 * @param warmupRequests requests the warm-up sends at least (slow pages need time for the
 * JIT to settle), within 90 s
 * @param measure time of each measured phase
 * @param maxRequests cap on requests per measured phase
 * @param runs measured runs; medians are reported
 * @param serverJvm JVM options of the application under test
 * @param serverArgs extra application arguments ({@code --name=value}), to try a setting
 * @param jfr whether to record the server with Java Flight Recorder
 */
record BenchSettings(Path jar, Path workDir, int clients, Duration warmup, int warmupRequests, Duration measure,
		int maxRequests, int runs, List<String> serverJvm, List<String> serverArgs, boolean jfr) {

	static BenchSettings fromSystemProperties() {
		return new BenchSettings(Path.of(System.getProperty("bench.jar", "target/reciproque.jar")),
				Path.of(System.getProperty("bench.dir", "target/bench")), Integer.getInteger("bench.clients", 8),
				Duration.ofSeconds(Integer.getInteger("bench.warmup", 20)),
				Integer.getInteger("bench.warmupRequests", 300),
				Duration.ofSeconds(Integer.getInteger("bench.seconds", 15)),
				Integer.getInteger("bench.maxRequests", 200_000), Integer.getInteger("bench.runs", 3),
				words(System.getProperty("bench.serverJvm", "-Xms1g -Xmx1g")),
				words(System.getProperty("bench.serverArgs", "")), Boolean.getBoolean("bench.jfr"));
	}

	/**
	 * Warms the server up with one kind of request: for {@code warmup}, and on until
	 * {@code warmupRequests} were answered or 90 s passed.
	 */
	void warmUp(HttpLoad load, HttpLoad.RequestSource source) throws Exception {
		HttpLoad.Result first = load.run(this.warmup, Integer.MAX_VALUE, source);
		int missing = this.warmupRequests - first.all().length;
		if (missing > 0) {
			load.run(Duration.ofSeconds(90).minus(this.warmup), missing, source);
		}
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.split("\\s+")).filter((word) -> !word.isBlank()).toList();
	}

}
