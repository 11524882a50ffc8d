package org.reciproque.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding the search index of 100,000 items from the database. Measured twice: as
 * platform administrators run it (the rebuild button of {@code /admin/search}, on the
 * running server, timed by the server's own start and end instants), and as the data
 * generator runs it ({@code networks=0}, in a fresh JVM). Target: ≤ 60 s.
 */
@Tag("benchmark")
class IndexRebuildBenchmark {

	static final double TARGET_SECONDS = 60;

	private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(5);

	private static final Pattern TIMES = Pattern.compile("<time datetime=\"([^\"]+)\"");

	@Test
	void rebuildTheIndexOfAHundredThousandItems() throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		BenchData data = BenchData.prepare(settings, "search", BenchData.SEARCH);
		BenchReport report = new BenchReport("Index rebuild: 100,000 items", settings);
		List<Double> fromAdmin = new ArrayList<>();
		try (AppProcess app = AppProcess.start(settings, data.dir(), "rebuild")) {
			HttpClient client = HttpLoad.newClient();
			String session = BoardBenchmark.signIn(client, app, AppProcess.ADMIN_EMAIL, AppProcess.ADMIN_PASSWORD);
			for (int run = 1; run <= settings.runs(); run++) {
				String load = BenchReport.load();
				java.time.Duration cpuBefore = app.cpu();
				double seconds = rebuildFromAdminPage(client, app, session);
				fromAdmin.add(seconds);
				report.line("admin page, run %d (%s): %.1f s (%,.0f items/s), server processor time %.1f s", run, load,
						seconds, 100_000 / seconds, app.cpu().minus(cpuBefore).toMillis() / 1000.0);
			}
		}
		List<Double> fromGenerator = new ArrayList<>();
		for (int run = 1; run <= settings.runs(); run++) {
			String output = AppProcess.generate(settings, data.dir(), "rebuild",
					List.of("--reciproque.generator.networks=0"));
			assertThat(output).contains("100,000 documents");
			double seconds = BenchData.indexSeconds(output);
			fromGenerator.add(seconds);
			report.line("generator, run %d (%s): %.1f s (%,.0f documents/s)", run, BenchReport.load(), seconds,
					100_000 / seconds);
		}
		report.line("");
		report.line("| rebuild | median s | runs | target ≤ %.0f s |", TARGET_SECONDS);
		report.line("| --- | ---: | --- | --- |");
		report.line(row("admin page (server, 2 loading threads, batches of 50)", fromAdmin));
		report.line(row("data generator (fresh JVM -Xmx1g, 2 loading threads, batches of 250)", fromGenerator));
		report.line("");
		report.line("the first build, right after generating the data set, took %.1f s", data.indexSeconds());
		report.write(settings);
	}

	/**
	 * Starts a rebuild as a platform administrator and waits for its end; returns the
	 * duration the server recorded.
	 */
	private static double rebuildFromAdminPage(HttpClient client, AppProcess app, String session) throws Exception {
		String page = get(client, app, session, "/admin/search", false);
		String body = "_csrf=" + BoardBenchmark.encodeForm(BoardBenchmark.csrf(page));
		HttpResponse<Void> started = client.send(HttpRequest.newBuilder(app.uri("/admin/search/rebuild"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "JSESSIONID=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(started.statusCode()).isEqualTo(302);
		long deadline = System.nanoTime() + REBUILD_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			Thread.sleep(250);
			String state = get(client, app, session, "/admin/search/progress", true);
			if (!state.contains("every 1s")) {
				assertThat(state).as("rebuild succeeded").contains("role=\"status\"");
				List<Instant> times = new ArrayList<>();
				Matcher matcher = TIMES.matcher(state);
				while (matcher.find()) {
					times.add(Instant.parse(matcher.group(1)));
				}
				assertThat(times).hasSize(2);
				return Duration.between(times.get(0), times.get(1)).toMillis() / 1000.0;
			}
		}
		throw new IllegalStateException("The rebuild did not finish within " + REBUILD_TIMEOUT);
	}

	private static String get(HttpClient client, AppProcess app, String session, String path, boolean htmx)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path)).header("Cookie", "JSESSIONID=" + session);
		if (htmx) {
			request.header("HX-Request", "true");
		}
		HttpResponse<String> response = client.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static String row(String name, List<Double> seconds) {
		List<Double> sorted = seconds.stream().sorted().toList();
		double median = (sorted.size() % 2 == 1) ? sorted.get(sorted.size() / 2)
				: (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
		return String.format(Locale.ROOT, "| %s | %.1f | %s | %s |", name, median,
				String.join(", ", sorted.stream().map((s) -> String.format(Locale.ROOT, "%.1f", s)).toList()),
				(median <= TARGET_SECONDS) ? "MET" : "MISSED");
	}

}
