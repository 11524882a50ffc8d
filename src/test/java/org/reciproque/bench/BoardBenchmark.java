package org.reciproque.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	/** A folded category: where it loads from, and its summary's two counts. */
	private static final Pattern FOLD = Pattern.compile(
			"hx-get=\"([^\"]+)\"[^>]*>\\s*<summary>\\D*([\\d\\s\u202f\u00a0]+)\\D+?([\\d\\s\u202f\u00a0]*)\\D*</summary>");

	@Test
	void boardOfALargeNetwork() throws Exception {
		BenchSettings settings = BenchSettings.fromSystemProperties();
		BenchData data = BenchData.prepare(settings, "board", BenchData.BOARD);
		String slug = data.slug();
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
			// What opening a folded category loads (htmx): the biggest category, as
			// animator.
			URI biggest = app.uri(biggestCategory(page));
			HttpLoad.RequestSource category = (c, random) -> new HttpLoad.Labeled("category",
					get(biggest, sessions.get(c)).header("HX-Request", "true").build());
			List<Phase> phases = List.of(new Phase("board as animator", "board", asAnimator),
					new Phase("board as visitor", "visitor", asVisitor),
					new Phase("one category opened (htmx, animator)", "category", category),
					new Phase("/actuator/health", "health", health));
			HttpLoad load = new HttpLoad(client, settings.clients());
			for (Phase phase : phases) {
				settings.warmUp(load, phase.source());
			}
			report.line("page: %,d bytes; biggest category: %s", page.getBytes(StandardCharsets.UTF_8).length,
					biggest.getQuery());

			for (int run = 1; run <= settings.runs(); run++) {
				StringBuilder line = new StringBuilder("run " + run + " (" + BenchReport.load() + "):");
				for (Phase phase : phases) {
					Duration cpuBefore = app.cpu();
					HttpLoad.Result result = checked(
							load.run(settings.measure(), settings.maxRequests(), phase.source()));
					phase.add(result, app.cpu().minus(cpuBefore));
					line.append(" | ").append(phase.label()).append(' ').append(result.summary().format());
				}
				report.line(line.toString());
			}
			LatencySummary healthy = phases.get(phases.size() - 1).median();
			report.line("");
			report.line(
					"| request | p50 ms | p95 ms | p99 ms | req/s | ratio to health | server CPU ms per request | page size |");
			report.line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
			for (Phase phase : phases) {
				report.line(row(phase, healthy));
			}
			report.line("");
			report.line("target p95 ≤ %.0f ms: animator %s, visitor %s (medians of %d runs)", TARGET_P95_MS,
					verdict(phases.get(0).median().p95()), verdict(phases.get(1).median().p95()), settings.runs());
			report.write(settings);
		}
	}

	private static String row(Phase phase, LatencySummary health) {
		LatencySummary summary = phase.median();
		return String.format(java.util.Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.4f | %.2f | %s |",
				phase.name(), summary.p50(), summary.p95(), summary.p99(), summary.perSecond(),
				summary.perSecond() / health.perSecond(), phase.cpuPerRequest(),
				(phase.bytes() > 0) ? String.format("%,d B", phase.bytes()) : "");
	}

	/**
	 * The address a folded category of the board loads from (its {@code hx-get}), for the
	 * category with the most items.
	 */
	static String biggestCategory(String page) {
		Matcher fold = FOLD.matcher(page);
		String best = null;
		int most = -1;
		while (fold.find()) {
			int items = count(fold.group(2)) + count(fold.group(3));
			if (items > most) {
				most = items;
				best = fold.group(1).replace("&amp;", "&");
			}
		}
		assertThat(best).as("a folded category on the board").isNotNull();
		return best;
	}

	private static int count(String digits) {
		String only = digits.replaceAll("\\D", "");
		return only.isEmpty() ? 0 : Integer.parseInt(only);
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

	/**
	 * One kind of request: its figures over the runs.
	 */
	private static final class Phase {

		private final String name;

		private final String label;

		private final HttpLoad.RequestSource source;

		private final List<LatencySummary> runs = new ArrayList<>();

		private long requests;

		private Duration cpu = Duration.ZERO;

		private long bytes;

		Phase(String name, String label, HttpLoad.RequestSource source) {
			this.name = name;
			this.label = label;
			this.source = source;
		}

		void add(HttpLoad.Result result, Duration cpu) {
			this.runs.add(result.summary());
			this.requests += result.all().length;
			this.cpu = this.cpu.plus(cpu);
			this.bytes = result.averageBytes(this.label);
		}

		String name() {
			return this.name;
		}

		String label() {
			return this.label;
		}

		HttpLoad.RequestSource source() {
			return this.source;
		}

		LatencySummary median() {
			return LatencySummary.median(this.runs);
		}

		double cpuPerRequest() {
			return (this.requests > 0) ? this.cpu.toNanos() / 1e6 / this.requests : Double.NaN;
		}

		long bytes() {
			return (this.label.equals("health")) ? 0 : this.bytes;
		}

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
