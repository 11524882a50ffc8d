package org.reciproque.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the figures of a benchmark and appends them, in Markdown, to
 * {@code target/bench/results.md}.
 */
final class BenchReport {

	private final String title;

	private final List<String> lines = new ArrayList<>();

	BenchReport(String title, BenchSettings settings) {
		this.title = title;
		this.lines.add("");
		this.lines.add("## " + title + " — " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
		this.lines.add("");
		this.lines.add(String.format(Locale.ROOT,
				"machine: %d cores, JDK %s; clients %d, warm-up ≥ %d s and ≥ %d requests per kind, %d runs of %d s (at most %,d requests), server JVM %s%s%s",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), settings.clients(),
				settings.warmup().toSeconds(), settings.warmupRequests(), settings.runs(),
				settings.measure().toSeconds(), settings.maxRequests(), String.join(" ", settings.serverJvm()),
				settings.serverArgs().isEmpty() ? "" : ", server arguments " + String.join(" ", settings.serverArgs()),
				settings.jfr() ? ", JFR on" : ""));
		this.lines.add("");
	}

	/**
	 * The machine's load average (1, 5, 15 minutes), to read the figures by: the
	 * benchmarks share the machine with other work.
	 */
	static String load() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return "load " + fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "load unknown";
		}
	}

	void line(String text) {
		this.lines.add(text);
		System.out.println("[bench] " + text);
	}

	void line(String format, Object... args) {
		line(String.format(Locale.ROOT, format, args));
	}

	void write(BenchSettings settings) throws IOException {
		Files.createDirectories(settings.workDir());
		Path file = settings.workDir().resolve("results.md");
		Files.write(file, this.lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		System.out.println("[bench] " + this.title + " written to " + file.toAbsolutePath() + " (client pid "
				+ ManagementFactory.getRuntimeMXBean().getPid() + ")");
	}

}
