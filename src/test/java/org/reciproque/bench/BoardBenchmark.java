package org.reciproque.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board page of a network of 500 members and 2,000 active items, under 8 concurrent
 * clients: as its animator (names, matches, every link) and as a visitor (public board),
 * compared with {@code /actuator/health} measured the same way in the same run. Target:
 * p95 ≤ 100 ms.
 */
@Tag("benchmark")
class BoardBenchmark {

	static final double TARGET_P95_MS = 100;

	static final String PASSWORD = "Echanges-de-savoirs-2026";

	private static final Pattern SLUG = Pattern.compile("/networks/([a-z0-9-]+)/board");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	@Test
	void boardOfALargeNetwork() throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		BenchData data = BenchData.prepare(settings, "board", BenchData.BOARD);
		Matcher slugMatcher = SLUG.matcher(data.generatorOutput());
		assertThat(slugMatcher.find()).as("generated network slug").isTrue();
		String slug = slugMatcher.group(1);
		BenchReport report = new BenchReport("Board: 1 network, 500 members, 2,000 items", settings);
		try (AppProcess app = AppProcess.start(settings, data.dir(), "board")) {
			HttpClient client = HttpLoad.newClient();
			URI board = app.uri("/networks/" + slug + "/board");
			List<String> sessions = new ArrayList<>();
			for (int i = 0; i < settings.clients(); i++) {
				sessions.add(signIn(client, app, "animation@" + slug + ".reciproque.test"));
			}
			String page = client
				.send(get(board, sessions.get(0)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
				.body();
			assertThat(page).as("signed in as the animator").contains("/board.csv");
			HttpLoad.RequestSource asAnimator = (c, random) -> new HttpLoad.Labeled("board",
					get(board, sessions.get(c)).build());
			HttpLoad.RequestSource asVisitor = (c, random) -> new HttpLoad.Labeled("visitor",
					HttpRequest.newBuilder(board).build());
			HttpLoad.RequestSource health = (c, random) -> new HttpLoad.Labeled("health",
					HttpRequest.newBuilder(app.uri("/actuator/health")).build());
			HttpLoad load = new HttpLoad(client, settings.clients());
			settings.warmUp(load, asAnimator);
			settings.warmUp(load, asVisitor);
			settings.warmUp(load, health);

			List<LatencySummary> animatorRuns = new ArrayList<>();
			List<LatencySummary> visitorRuns = new ArrayList<>();
			List<LatencySummary> healthRuns = new ArrayList<>();
			long pageBytes = 0;
			long visitorBytes = 0;
			for (int run = 1; run <= settings.runs(); run++) {
				HttpLoad.Result animator = checked(load.run(settings.measure(), settings.maxRequests(), asAnimator));
				HttpLoad.Result visitor = checked(load.run(settings.measure(), settings.maxRequests(), asVisitor));
				HttpLoad.Result healthy = checked(load.run(settings.measure(), settings.maxRequests(), health));
				animatorRuns.add(animator.summary());
				visitorRuns.add(visitor.summary());
				healthRuns.add(healthy.summary());
				pageBytes = animator.averageBytes("board");
				visitorBytes = visitor.averageBytes("visitor");
				report.line("run %d: board (animator) %s | board (visitor) %s | health %s", run,
						animator.summary().format(), visitor.summary().format(), healthy.summary().format());
			}
			LatencySummary animator = LatencySummary.median(animatorRuns);
			LatencySummary visitor = LatencySummary.median(visitorRuns);
			LatencySummary healthy = LatencySummary.median(healthRuns);
			report.line("");
			report.line("| request | p50 ms | p95 ms | p99 ms | req/s | ratio to health | page size |");
			report.line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
			report.line(row("board as animator", animator, healthy, pageBytes));
			report.line(row("board as visitor", visitor, healthy, visitorBytes));
			report.line(row("/actuator/health", healthy, healthy, 0));
			report.line("");
			report.line("target p95 ≤ %.0f ms: animator %s, visitor %s (medians of %d runs)", TARGET_P95_MS,
					verdict(animator.p95()), verdict(visitor.p95()), settings.runs());
			report.write(settings);
		}
	}

	private static String row(String name, LatencySummary summary, LatencySummary health, long bytes) {
		return String.format(java.util.Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.4f | %s |", name,
				summary.p50(), summary.p95(), summary.p99(), summary.perSecond(),
				summary.perSecond() / health.perSecond(), (bytes > 0) ? String.format("%,d B", bytes) : "");
	}

	static String verdict(double p95) {
		return (p95 <= TARGET_P95_MS) ? "MET" : "MISSED";
	}

	static HttpLoad.Result checked(HttpLoad.Result result) {
		int total = result.all().length + result.errors();
		assertThat(result.errors()).as("failed requests (last: %s)", result.lastError())
			.isLessThanOrEqualTo(total / 100);
		return result;
	}

	private static HttpRequest.Builder get(URI uri, String session) {
		return HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + session);
	}

	/**
	 * Signs in through the login form, as a browser does, and returns the session id.
	 */
	static String signIn(HttpClient client, AppProcess app, String email) throws Exception {
		return signIn(client, app, email, PASSWORD);
	}

	static String signIn(HttpClient client, AppProcess app, String email, String password) throws Exception {
		HttpResponse<String> form = client.send(HttpRequest.newBuilder(app.uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("CSRF token on the login form").isTrue();
		String session = cookie(form).orElseThrow();
		String body = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		HttpResponse<Void> login = client.send(HttpRequest.newBuilder(app.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "JSESSIONID=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return cookie(login).orElse(session);
	}

	/**
	 * The CSRF token of a page's forms.
	 */
	static String csrf(String html) {
		Matcher csrf = CSRF.matcher(html);
		assertThat(csrf.find()).as("CSRF token in the page").isTrue();
		return csrf.group(1);
	}

	static String encodeForm(String value) {
		return encode(value);
	}

	private static Optional<String> cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map((matcher) -> matcher.group(1))
			.findFirst();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
