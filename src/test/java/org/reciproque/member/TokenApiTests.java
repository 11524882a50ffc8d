package org.reciproque.member;

import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.platform.security.AccountPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TokenApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Test
	void shouldIssueABearerTokenThatAuthenticatesApiCalls() throws Exception {
		AccountPrincipal admin = this.fixtures.platformAdmin();
		MvcTestResult result = tokenFor(admin.email(), TestFixtures.PASSWORD);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		String token = JsonPath.read(result.getResponse().getContentAsString(), "$.token");
		String slug = TestFixtures.unique("bearer");
		assertThat(this.mvc.post()
			.uri("/api/v1/networks")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"slug\":\"" + slug + "\",\"name\":\"Par jeton\"}")).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void shouldRefuseWrongPasswordsAndUnknownTokens() {
		AccountPrincipal account = this.fixtures.account();
		assertThat(tokenFor(account.email(), "mauvais-mot-de-passe")).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get()
			.uri("/api/v1/networks/quelconque/members/1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer pas-un-vrai-jeton")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void shouldThrottleRepeatedFailures() {
		AccountPrincipal account = this.fixtures.account();
		for (int i = 0; i < 5; i++) {
			assertThat(tokenFor(account.email(), "essai-" + i)).hasStatus(HttpStatus.UNAUTHORIZED);
		}
		assertThat(tokenFor(account.email(), TestFixtures.PASSWORD)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void shouldValidateTheRequestBody() {
		assertThat(this.mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("email", "password");
	}

	private MvcTestResult tokenFor(String email, String password) {
		return this.mvc.post()
			.uri("/api/v1/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
			.exchange();
	}

}
