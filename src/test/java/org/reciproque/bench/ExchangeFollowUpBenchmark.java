package org.reciproque.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The animation team's follow-up page of a network of 500 members and 2,000 exchanges (in
 * every situation), its reciprocity page (who passed knowledge to whom, as text) and the
 * data of the graph that page draws, under 8 concurrent clients, compared with
 * {@code /actuator/health} measured the same way. Target: p95 ≤ 300 ms.
 * <p>
 * The exchanges are recorded through the JSON API, as an animator would record exchanges
 * started outside the software, once per data set (a marker file remembers it).
 */
@Tag("benchmark")
class ExchangeFollowUpBenchmark {

	static final double TARGET_P95_MS = 300;

	static final int EXCHANGES = 2_000;

	private static final Pattern ID = Pattern.compile("^\\{\"id\"\\s*:\\s*(\\d+)");

	@Test
	void followUpAndReciprocityOfALargeNetwork() throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		BenchData data = BenchData.prepare(settings, "exchanges", BenchData.BOARD);
		String slug = data.slug();
		String animatorEmail = "animation@" + slug + ".reciproque.test";
		BenchReport report = new BenchReport(
				"Exchanges: follow-up of 2,000 exchanges and reciprocity graph of 500 members", settings);
		try (AppProcess app = AppProcess.start(settings, data.dir(), "exchanges")) {
			HttpClient client = HttpLoad.newClient();
			Path marker = data.dir().resolve("exchanges-seeded.txt");
			if (!Files.exists(marker)) {
				long began = System.nanoTime();
				seed(client, app, slug, animatorEmail);
				Files.writeString(marker, "seeded in " + (System.nanoTime() - began) / 1_000_000_000 + " s\n");
			}
			report.line("data: %s", Files.readString(marker).strip());
			List<String> sessions = new ArrayList<>();
			for (int i = 0; i < settings.clients(); i++) {
				sessions.add(BoardBenchmark.signIn(client, app, animatorEmail));
			}
			URI followUp = app.uri("/networks/" + slug + "/follow-up");
			URI stalled = app.uri("/networks/" + slug + "/follow-up?show=STALLED");
			URI reciprocity = app.uri("/networks/" + slug + "/reciprocity");
			URI graphData = app.uri("/networks/" + slug + "/reciprocity/graph");
			String page = client
				.send(get(followUp, sessions.get(0)).build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
				.body();
			assertThat(page).as("follow-up of 2,000 exchanges").contains("Page 1 sur 40");
			HttpLoad.RequestSource all = (c, random) -> new HttpLoad.Labeled("follow-up",
					get(followUp, sessions.get(c)).build());
			HttpLoad.RequestSource stalledOnly = (c, random) -> new HttpLoad.Labeled("stalled",
					get(stalled, sessions.get(c)).build());
			HttpLoad.RequestSource reciprocityPage = (c, random) -> new HttpLoad.Labeled("reciprocity",
					get(reciprocity, sessions.get(c)).build());
			HttpLoad.RequestSource graphJson = (c, random) -> new HttpLoad.Labeled("graph data",
					get(graphData, sessions.get(c)).build());
			HttpLoad.RequestSource health = (c, random) -> new HttpLoad.Labeled("health",
					HttpRequest.newBuilder(app.uri("/actuator/health")).build());
			HttpLoad load = new HttpLoad(client, settings.clients());
			settings.warmUp(load, all);
			settings.warmUp(load, stalledOnly);
			settings.warmUp(load, reciprocityPage);
			settings.warmUp(load, graphJson);
			settings.warmUp(load, health);
			List<LatencySummary> allRuns = new ArrayList<>();
			List<LatencySummary> stalledRuns = new ArrayList<>();
			List<LatencySummary> graphRuns = new ArrayList<>();
			List<LatencySummary> dataRuns = new ArrayList<>();
			List<LatencySummary> healthRuns = new ArrayList<>();
			long[] sizes = new long[4];
			for (int run = 1; run <= settings.runs(); run++) {
				String loadAtStart = BenchReport.load();
				HttpLoad.Result a = BoardBenchmark.checked(load.run(settings.measure(), settings.maxRequests(), all));
				HttpLoad.Result s = BoardBenchmark
					.checked(load.run(settings.measure(), settings.maxRequests(), stalledOnly));
				HttpLoad.Result g = BoardBenchmark
					.checked(load.run(settings.measure(), settings.maxRequests(), reciprocityPage));
				HttpLoad.Result d = BoardBenchmark
					.checked(load.run(settings.measure(), settings.maxRequests(), graphJson));
				HttpLoad.Result h = BoardBenchmark
					.checked(load.run(settings.measure(), settings.maxRequests(), health));
				allRuns.add(a.summary());
				stalledRuns.add(s.summary());
				graphRuns.add(g.summary());
				dataRuns.add(d.summary());
				healthRuns.add(h.summary());
				sizes[0] = a.averageBytes("follow-up");
				sizes[1] = s.averageBytes("stalled");
				sizes[2] = g.averageBytes("reciprocity");
				sizes[3] = d.averageBytes("graph data");
				report.line("run %d (%s): follow-up %s | stalled %s | reciprocity %s | graph data %s | health %s", run,
						loadAtStart, a.summary().format(), s.summary().format(), g.summary().format(),
						d.summary().format(), h.summary().format());
			}
			LatencySummary a = LatencySummary.median(allRuns);
			LatencySummary s = LatencySummary.median(stalledRuns);
			LatencySummary g = LatencySummary.median(graphRuns);
			LatencySummary d = LatencySummary.median(dataRuns);
			LatencySummary h = LatencySummary.median(healthRuns);
			report.line("");
			report.line("| request | p50 ms | p95 ms | p99 ms | req/s | page size |");
			report.line("| --- | ---: | ---: | ---: | ---: | ---: |");
			report.line(row("follow-up, all (page 1 of 40)", a, sizes[0]));
			report.line(row("follow-up, stalled only", s, sizes[1]));
			report.line(row("reciprocity page (text table, graph loaded apart)", g, sizes[2]));
			report.line(row("reciprocity graph data (JSON)", d, sizes[3]));
			report.line(row("/actuator/health", h, 0));
			report.line("");
			report.line(
					"target p95 ≤ %.0f ms: follow-up %s, stalled %s, reciprocity page %s, graph data %s (medians of %d runs)",
					TARGET_P95_MS, verdict(a.p95()), verdict(s.p95()), verdict(g.p95()), verdict(d.p95()),
					settings.runs());
			report.write(settings);
		}
	}

	/**
	 * 2,000 exchanges between random members: a fifth waiting for terms, the others with
	 * terms; of those, most running (some with a recent meeting, some with an old one
	 * only, some with one planned), some done, some stopped.
	 */
	private static void seed(HttpClient client, AppProcess app, String slug, String email) throws Exception {
		String token = SearchBenchmark.token(client, app, email);
		String session = BoardBenchmark.signIn(client, app, email);
		List<Long> members = members(client, app, slug, session);
		assertThat(members).as("members of the generated network").hasSizeGreaterThan(400);
		Random random = new Random(42);
		String api = "/api/v1/networks/" + slug + "/exchanges";
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
		for (int i = 0; i < EXCHANGES; i++) {
			long from = members.get(random.nextInt(members.size()));
			long to = members.get(random.nextInt(members.size()));
			while (to == from) {
				to = members.get(random.nextInt(members.size()));
			}
			boolean group = random.nextInt(10) == 0;
			String participants = "{\"memberId\":" + from + ",\"role\":\"PASSES_ON\"},{\"memberId\":" + to
					+ ",\"role\":\"LEARNS\"}";
			if (group) {
				long third = members.get(random.nextInt(members.size()));
				if (third != from && third != to) {
					participants += ",{\"memberId\":" + third + ",\"role\":\"LEARNS\"}";
				}
			}
			String created = send(client, app, token, "POST", api, "{\"subject\":\"Échange n° " + i + "\",\"format\":\""
					+ (group ? "GROUP" : "ONE_TO_ONE") + "\",\"participants\":[" + participants + "]}", 201);
			Matcher id = ID.matcher(created);
			assertThat(id.find()).as("id of the created exchange").isTrue();
			String exchange = api + "/" + id.group(1);
			int kind = random.nextInt(10);
			if (kind < 2) {
				continue;
			}
			send(client, app, token, "PUT", exchange + "/terms",
					"{\"frequency\":\"Chaque semaine\",\"content\":\"Les bases\",\"version\":0}", 200);
			send(client, app, token, "POST", exchange + "/status", "{\"status\":\"RUNNING\"}", 200);
			String when = now.minusDays(3 + random.nextInt(60)).toString();
			send(client, app, token, "POST", exchange + "/meetings",
					"{\"startsAt\":\"" + when + "\",\"held\":true,\"attendees\":[" + from + "," + to + "]}", 201);
			if (kind == 7) {
				send(client, app, token, "POST", exchange + "/meetings",
						"{\"startsAt\":\"" + now.plusDays(2 + random.nextInt(20)) + "\"}", 201);
			}
			if (kind == 8) {
				send(client, app, token, "POST", exchange + "/status", "{\"status\":\"DONE\"}", 200);
				send(client, app, token, "POST", exchange + "/debriefs",
						"{\"memberId\":" + from + ",\"learnedByTeaching\":\"La patience\"}", 201);
			}
			if (kind == 9) {
				send(client, app, token, "POST", exchange + "/status",
						"{\"status\":\"STOPPED\",\"reason\":\"Plus de temps\"}", 200);
			}
		}
	}

	private static List<Long> members(HttpClient client, AppProcess app, String slug, String session) throws Exception {
		String page = client
			.send(get(app.uri("/networks/" + slug + "/members"), session).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
			.body();
		Set<Long> ids = new LinkedHashSet<>();
		Matcher matcher = Pattern.compile("/networks/" + Pattern.quote(slug) + "/members/(\\d+)\"").matcher(page);
		while (matcher.find()) {
			ids.add(Long.valueOf(matcher.group(1)));
		}
		return new ArrayList<>(ids);
	}

	private static String send(HttpClient client, AppProcess app, String token, String method, String path, String body,
			int expected) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(app.uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(expected);
		return response.body();
	}

	private static HttpRequest.Builder get(URI uri, String session) {
		return HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + session);
	}

	private static String row(String name, LatencySummary summary, long bytes) {
		return String.format(java.util.Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %s |", name, summary.p50(),
				summary.p95(), summary.p99(), summary.perSecond(), (bytes > 0) ? String.format("%,d B", bytes) : "");
	}

	static String verdict(double p95) {
		return (p95 <= TARGET_P95_MS) ? "MET" : "MISSED";
	}

}
