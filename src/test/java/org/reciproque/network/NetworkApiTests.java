package org.reciproque.network;

import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reciproque.TestFixtures.as;
import static org.reciproque.TestFixtures.unique;

@IntegrationTest
class NetworkApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Networks networks;

	@Test
	void shouldLetPlatformAdministratorsCreateNetworks() {
		String slug = unique("api");
		assertThat(this.mvc.post()
			.uri("/api/v1/networks")
			.with(as(this.fixtures.platformAdmin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\":\"" + slug + "\",\"name\":\"Savoirs partagés\",\"town\":\"Brest\"}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.slug").isEqualTo(slug);
				assertThat(json).extractingPath("$.town").isEqualTo("Brest");
				assertThat(json).extractingPath("$.charter").asString().contains("réciprocité");
			});
		assertThat(this.networks.findBySlug(slug)).isPresent();
	}

	@Test
	void shouldAnswerConflictForADuplicateSlug() {
		NetworkView existing = this.fixtures.network();
		assertThat(this.mvc.post()
			.uri("/api/v1/networks")
			.with(as(this.fixtures.platformAdmin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\":\"" + existing.slug() + "\",\"name\":\"Autre\"}")).hasStatus(HttpStatus.CONFLICT)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains(existing.slug());
	}

	@Test
	void shouldRefuseNetworkCreationToOrdinaryAccounts() {
		String slug = unique("refused");
		assertThat(this.mvc.post()
			.uri("/api/v1/networks")
			.with(as(this.fixtures.account()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\":\"" + slug + "\",\"name\":\"Pas permis\"}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.networks.findBySlug(slug)).isEmpty();
	}

	@Test
	void shouldRequireAuthenticationToCreate() {
		assertThat(this.mvc.post()
			.uri("/api/v1/networks")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\":\"anonymous-net\",\"name\":\"Non\"}")).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldListFieldErrorsForInvalidInput() {
		String tooLong = "x".repeat(121);
		assertThat(this.mvc.post()
			.uri("/api/v1/networks")
			.with(as(this.fixtures.platformAdmin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\":\"Pas Valide!\",\"name\":\"" + tooLong + "\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.errors[*].field").asArray().contains("slug", "name");
				assertThat(json).extractingPath("$.errors[?(@.field=='slug')].message")
					.asArray()
					.anySatisfy((message) -> assertThat(message.toString()).contains("minuscules"));
			});
	}

	@Test
	void shouldExplainMalformedJson() {
		assertThat(this.mvc.post()
			.uri("/api/v1/networks")
			.with(as(this.fixtures.platformAdmin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\": \"abc\", ")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("JSON");
	}

	@Test
	void shouldListTheDirectoryToAnyone() {
		NetworkView network = this.fixtures.network();
		assertThat(this.mvc.get().uri("/api/v1/networks")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].slug")
			.asArray()
			.contains(network.slug());
	}

	@Test
	void shouldKeepHtmlAsText() {
		String slug = unique("html");
		assertThat(this.mvc.post()
			.uri("/api/v1/networks")
			.with(as(this.fixtures.platformAdmin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\":\"" + slug + "\",\"name\":\"<script>alert(1)</script>\"}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.get().uri("/networks/" + slug)).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>");
	}

}
