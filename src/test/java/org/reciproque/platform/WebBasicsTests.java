package org.reciproque.platform;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reciproque.TestFixtures.as;

/**
 * What every page shares: security headers, language, friendly error pages.
 */
@IntegrationTest
class WebBasicsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Test
	void shouldSendStrictSecurityHeaders() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("X-Frame-Options", "DENY")
			.hasHeader("Referrer-Policy", "strict-origin-when-cross-origin")
			.headers()
			.satisfies(
					(headers) -> assertThat(headers.getFirst("Content-Security-Policy")).contains("script-src 'self'")
						.contains("frame-ancestors 'none'")
						.doesNotContain("unsafe-inline"));
	}

	@Test
	void shouldServeStaticFilesAndWebJarsByTheirVersionlessPath() {
		assertThat(this.mvc.get().uri("/css/app.css")).hasStatusOk();
		assertThat(this.mvc.get().uri("/js/app.js")).hasStatusOk();
		assertThat(this.mvc.get().uri("/images/favicon.svg")).hasStatusOk();
		assertThat(this.mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk();
		assertThat(this.mvc.get().uri("/css/nothing-here.css")).hasStatus(404);
		// Pages are not looked up as files: a page's links stay what the page wrote.
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("/css/app.css");
	}

	@Test
	void shouldSpeakFrenchByDefault() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"fr\"")
			.contains("Chacun·e sait quelque chose");
	}

	@Test
	void shouldFollowTheBrowsersLanguage() {
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"en\"")
			.contains("Everyone knows something");
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"fr\"");
	}

	@Test
	void shouldRememberTheChosenLanguage() {
		var result = this.mvc.get().uri("/?lang=en").exchange();
		assertThat(result).hasStatusOk().bodyText().contains("Everyone knows something");
		Cookie cookie = result.getResponse().getCookie("reciproque-lang");
		assertThat(cookie).isNotNull();
		assertThat(this.mvc.get().uri("/networks").cookie(cookie)).bodyText().contains("<html lang=\"en\"");
	}

	@Test
	void shouldShowAFriendlyFrenchNotFoundPage() {
		assertThat(this.mvc.get().uri("/networks/pas-de-reseau-ici").accept("text/html")).hasStatus(404)
			.bodyText()
			.contains("Ce réseau n&#39;existe pas.")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	@Test
	void shouldShowAFriendlyFrenchForbiddenPage() {
		var network = this.fixtures.network();
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/members", network.slug())
			.with(as(this.fixtures.account()))
			.accept("text/html")).hasStatus(403).bodyText().contains("Accès refusé").doesNotContain("Exception");
	}

	@Test
	void shouldAnswerHealthWhenTheDatabaseIsReachable() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void shouldDocumentTheApi() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyText()
			.contains("/api/v1/tokens")
			.contains("/api/v1/networks/{slug}/members");
	}

	@Test
	void shouldServeHtmxFromTheWebJar() {
		assertThat(this.mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk();
	}

}
