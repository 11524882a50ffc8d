package org.reciproque.demo;

import org.junit.jupiter.api.Test;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What a newcomer meets with {@code ./mvnw spring-boot:run}: the demo networks, accounts
 * that sign in with the README's password, and a full board. Not tagged "database": the
 * demo only loads into an empty database, and the PostgreSQL run shares one database
 * between all test contexts.
 */
@SpringBootTest(properties = "reciproque.demo.enabled=true")
@AutoConfigureMockMvc
class DemoDataTests {

	@Autowired
	Networks networks;

	@Autowired
	Knowledges knowledges;

	@Autowired
	MockMvcTester mvc;

	@Test
	void shouldLoadTheDemoNetworksWithAFullBoard() {
		NetworkView tilleuls = this.networks.get(DemoData.SLUG);
		assertThat(this.networks.findBySlug(DemoData.OTHER_SLUG)).isPresent();
		var items = this.knowledges.active(tilleuls.id());
		assertThat(items).hasSizeGreaterThan(30);
		assertThat(items).extracting(KnowledgeView::direction).contains(Direction.OFFER, Direction.REQUEST);
		assertThat(items).allSatisfy((item) -> assertThat(item.categories()).isNotEmpty());
	}

	@Test
	void shouldSignInWithTheDemoAccounts() {
		for (String email : new String[] { DemoAccounts.ADMIN, DemoAccounts.ANIMATOR, DemoAccounts.MEMBER }) {
			assertThat(this.mvc.post()
				.uri("/api/v1/tokens")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + email + "\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}"))
				.hasStatus(201);
		}
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", DemoAccounts.MEMBER)
			.param("password", DemoAccounts.PASSWORD)).hasRedirectedUrl("/");
	}

}
