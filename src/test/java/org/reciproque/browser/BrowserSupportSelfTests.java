package org.reciproque.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Proves the browser harness itself, without the Spring application: pages served by the
 * JDK's HTTP server with a strict Content-Security-Policy.
 */
@Tag("browser")
@ExtendWith(BrowserSupport.class)
class BrowserSupportSelfTests {

	private static final String CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

	private static final Map<String, String> PAGES = Map.of("/accessible", page("Accueil", """
			<header><p>Réciproque</p></header>
			<main>
			  <h1>Bienvenue</h1>
			  <p id="status">en attente</p>
			  <form action="/accessible" method="get">
			    <label for="q">Rechercher un savoir</label>
			    <input id="q" name="q" type="search">
			    <button type="submit">Rechercher</button>
			  </form>
			  <img src="/logo.svg" alt="Logo de Réciproque" width="10" height="10">
			</main>
			"""), "/image-without-alt", page("Image", """
			<main>
			  <h1>Image</h1>
			  <img src="/logo.svg" width="10" height="10">
			</main>
			"""), "/input-without-label", page("Formulaire", """
			<main>
			  <h1>Formulaire</h1>
			  <form action="/input-without-label" method="get"><input name="q" type="text"></form>
			</main>
			"""), "/inline-script", page("Script en ligne", """
			<main>
			  <h1>Script en ligne</h1>
			  <script>document.title = 'the CSP did not block me';</script>
			</main>
			"""));

	private static HttpServer server;

	private static String baseUrl;

	@BeforeAll
	static void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", BrowserSupportSelfTests::handle);
		server.start();
		baseUrl = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.stop(0);
		}
	}

	@Test
	void accessiblePageUnderStrictCspPasses(Page page, BrowserSupport.PageErrors errors) {
		page.navigate(baseUrl + "/accessible");
		// the same-origin script ran: 'self' scripts work, and the page is in French
		assertThat(page.textContent("#status")).isEqualTo("prêt fr-FR");
		BrowserSupport.assertAccessible(page);
		// injecting axe was no CSP violation, and nothing else went wrong
		errors.assertNone();
	}

	@Test
	void imageWithoutAltFails(Page page) {
		page.navigate(baseUrl + "/image-without-alt");
		AssertionError failure = assertThrows(AssertionError.class, () -> BrowserSupport.assertAccessible(page));
		assertThat(failure.getMessage()).contains("image-alt", "critical", "/image-without-alt", "img");
	}

	@Test
	void inputWithoutLabelFails(Page page) {
		page.navigate(baseUrl + "/input-without-label");
		AssertionError failure = assertThrows(AssertionError.class, () -> BrowserSupport.assertAccessible(page));
		assertThat(failure.getMessage()).contains("label", "critical", "1 element(s): input");
	}

	@Test
	void inlineScriptIsBlockedAndReported(Page page, BrowserSupport.PageErrors errors) {
		page.navigate(baseUrl + "/inline-script");
		assertThat(page.title()).isEqualTo("Script en ligne");
		page.waitForCondition(() -> !errors.list().isEmpty());
		assertThat(errors.list()).anySatisfy((error) -> assertThat(error).contains("Content Security Policy"));
		AssertionError failure = assertThrows(AssertionError.class, errors::assertNone);
		assertThat(failure.getMessage()).contains("Content Security Policy", "/inline-script");
	}

	@Test
	void uncaughtExceptionIsReported(Page page, BrowserSupport.PageErrors errors) {
		page.navigate(baseUrl + "/accessible?fail");
		page.waitForCondition(() -> !errors.list().isEmpty());
		assertThat(errors.list()).anySatisfy((error) -> assertThat(error).contains("boom from app.js"));
	}

	private static String page(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="fr">
				<head>
				<meta charset="utf-8">
				<title>%s</title>
				<script src="/app.js" defer></script>
				</head>
				<body>
				%s</body>
				</html>
				""".formatted(title, body);
	}

	private static void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String html = PAGES.get(path);
		if (html != null) {
			send(exchange, 200, "text/html; charset=utf-8", html);
		}
		else if (path.equals("/app.js")) {
			send(exchange, 200, "text/javascript; charset=utf-8", """
					const status = document.getElementById('status');
					if (status) {
					  status.textContent = 'prêt ' + navigator.language;
					}
					if (location.search === '?fail') {
					  throw new Error('boom from app.js');
					}
					""");
		}
		else if (path.equals("/logo.svg")) {
			send(exchange, 200, "image/svg+xml",
					"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
		}
		else if (path.equals("/favicon.ico")) {
			send(exchange, 200, "image/svg+xml",
					"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"><rect width=\"16\" height=\"16\"/></svg>");
		}
		else {
			send(exchange, 404, "text/plain; charset=utf-8", "not found");
		}
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
