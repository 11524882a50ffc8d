package org.reciproque.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions through the running application: for one item among 100,000 items in 200
 * networks (the API, p95 ≤ 50 ms), and the animator's suggestions page of a network of
 * 2,000 items (p95 ≤ 300 ms, once computed), each next to {@code /actuator/health}
 * measured the same way in the same run.
 */
@Tag("benchmark")
class SuggestionBenchmark {

	static final double ITEM_TARGET_MS = 50;

	static final double PAGE_TARGET_MS = 300;

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*([0-9]+)");

	@Test
	void suggestionsForOneItemAmongAHundredThousand() throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		BenchData data = BenchData.prepare(settings, "search", BenchData.SEARCH);
		BenchReport report = new BenchReport("Suggestions for one item: 200 networks, 100,000 items", settings);
		try (AppProcess app = AppProcess.start(settings, data.dir(), "suggestions")) {
			HttpClient client = HttpLoad.newClient();
			List<String> slugs = SearchBenchmark.slugs(client, app);
			List<Caller> callers = new ArrayList<>();
			for (String slug : slugs.subList(0, Math.min(20, slugs.size()))) {
				String token = SearchBenchmark.token(client, app, "animation@" + slug + ".reciproque.test");
				callers.add(new Caller(slug, token, ids(client, app, slug, token)));
			}
			awaitIndex(client, app, callers.get(0));
			report.line("items with at least one suggestion: %s", withSuggestions(client, app, callers.get(0)));
			HttpLoad.RequestSource suggestions = (c, random) -> new HttpLoad.Labeled("suggestions",
					suggestion(app, callers.get(random.nextInt(callers.size())), random));
			HttpLoad.RequestSource health = (c, random) -> new HttpLoad.Labeled("health",
					HttpRequest.newBuilder(app.uri("/actuator/health")).build());
			measure(settings, report, suggestions, health, "suggestions for one item", ITEM_TARGET_MS, client);
		}
	}

	@Test
	void suggestionsPageOfALargeNetwork() throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		BenchData data = BenchData.prepare(settings, "board", BenchData.BOARD);
		String slug = data.slug();
		BenchReport report = new BenchReport("Suggestions page: 1 network, 500 members, 2,000 items", settings);
		try (AppProcess app = AppProcess.start(settings, data.dir(), "suggestions-page")) {
			HttpClient client = HttpLoad.newClient();
			List<String> sessions = new ArrayList<>();
			for (int i = 0; i < settings.clients(); i++) {
				sessions.add(BoardBenchmark.signIn(client, app, "animation@" + slug + ".reciproque.test"));
			}
			URI page = app.uri("/networks/" + slug + "/suggestions");
			long started = System.nanoTime();
			String body;
			do {
				Thread.sleep(500);
				body = client.send(page(page, sessions.get(0)), HttpResponse.BodyHandlers.ofString()).body();
			}
			while (!body.contains("id=\"pairs\""));
			report.line("first computation of the network's pairs and circles: %.1f s (in the background)",
					(System.nanoTime() - started) / 1e9);
			report.line("pairs found: %s",
					body.replaceAll("(?s).*Paires suggérées \\(([0-9\\s\u00a0\u202f]+)\\).*", "$1"));
			HttpLoad.RequestSource pages = (c, random) -> new HttpLoad.Labeled("page", page(page, sessions.get(c)));
			HttpLoad.RequestSource health = (c, random) -> new HttpLoad.Labeled("health",
					HttpRequest.newBuilder(app.uri("/actuator/health")).build());
			measure(settings, report, pages, health, "suggestions page (animator)", PAGE_TARGET_MS, client);
		}
	}

	private static void measure(BenchSettings settings, BenchReport report, HttpLoad.RequestSource source,
			HttpLoad.RequestSource health, String name, double target, HttpClient client) throws Exception {
		HttpLoad load = new HttpLoad(client, settings.clients());
		settings.warmUp(load, source);
		settings.warmUp(load, health);
		List<LatencySummary> runs = new ArrayList<>();
		List<LatencySummary> healthRuns = new ArrayList<>();
		for (int run = 1; run <= settings.runs(); run++) {
			HttpLoad.Result result = BoardBenchmark
				.checked(load.run(settings.measure(), settings.maxRequests(), source));
			HttpLoad.Result healthy = BoardBenchmark
				.checked(load.run(settings.measure(), settings.maxRequests(), health));
			runs.add(result.summary());
			healthRuns.add(healthy.summary());
			report.line("run %d: %s %s | health %s", run, name, result.summary().format(), healthy.summary().format());
		}
		LatencySummary measured = LatencySummary.median(runs);
		LatencySummary healthy = LatencySummary.median(healthRuns);
		report.line("");
		report.line("| request | p50 ms | p95 ms | p99 ms | req/s | ratio to health |");
		report.line("| --- | ---: | ---: | ---: | ---: | ---: |");
		report.line(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.4f |", name, measured.p50(),
				measured.p95(), measured.p99(), measured.perSecond(), measured.perSecond() / healthy.perSecond()));
		report.line(String.format(Locale.ROOT, "| /actuator/health | %.1f | %.1f | %.1f | %.1f | 1 |", healthy.p50(),
				healthy.p95(), healthy.p99(), healthy.perSecond()));
		report.line("");
		report.line("target p95 ≤ %.0f ms: %s (medians of %d runs)", target,
				(measured.p95() <= target) ? "MET" : "MISSED", settings.runs());
		report.write(settings);
	}

	private static HttpRequest page(URI uri, String session) {
		return HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + session).build();
	}

	private static HttpRequest suggestion(AppProcess app, Caller caller, SplittableRandom random) {
		long id = caller.ids().get(random.nextInt(caller.ids().size()));
		return HttpRequest
			.newBuilder(app.uri("/api/v1/networks/" + caller.slug() + "/knowledge/" + id + "/suggestions?limit=10"))
			.header("Authorization", "Bearer " + caller.token())
			.build();
	}

	/**
	 * The matcher's index is rebuilt in the background at the first start on generated
	 * data: wait until it answers.
	 */
	/**
	 * Waits for the matcher's index: its first build embeds every item's text, 20 to 40
	 * minutes for 100,000 items on two cores (later starts reuse it).
	 */
	private static void awaitIndex(HttpClient client, AppProcess app, Caller caller) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(45);
		while (System.nanoTime() < deadline) {
			int found = 0;
			for (long id : caller.ids().subList(0, Math.min(20, caller.ids().size()))) {
				found += hasSuggestions(client, app, caller, id) ? 1 : 0;
			}
			if (found > 0) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("The suggestion index never answered");
	}

	private static String withSuggestions(HttpClient client, AppProcess app, Caller caller) throws Exception {
		int found = 0;
		for (long id : caller.ids()) {
			found += hasSuggestions(client, app, caller, id) ? 1 : 0;
		}
		return found + "/" + caller.ids().size() + " in " + caller.slug();
	}

	private static boolean hasSuggestions(HttpClient client, AppProcess app, Caller caller, long id) throws Exception {
		HttpResponse<String> response = client.send(
				suggestion(app, new Caller(caller.slug(), caller.token(), List.of(id)), new SplittableRandom(1)),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body().contains("\"score\"");
	}

	private static List<Long> ids(HttpClient client, AppProcess app, String slug, String token) throws Exception {
		HttpResponse<String> response = client
			.send(HttpRequest.newBuilder(app.uri("/api/v1/networks/" + slug + "/knowledge?size=100"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		List<Long> ids = new ArrayList<>();
		Matcher matcher = ID.matcher(response.body());
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		assertThat(ids).as("items of " + slug).isNotEmpty();
		return ids;
	}

	private record Caller(String slug, String token, List<Long> ids) {
	}

}
