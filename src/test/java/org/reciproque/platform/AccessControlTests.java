package org.reciproque.platform;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reciproque.AccessMatrix;
import org.reciproque.AccessMatrix.Audience;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeCommand;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.member.MemberView;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.awaitility.Awaitility.await;

/**
 * Every route, every kind of caller: deny by default, and a role in one network gives
 * nothing in another. A route added without an entry here is a route without an access
 * test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Knowledges knowledges;

	AccessMatrix matrix;

	MemberView subject;

	KnowledgeView item;

	@BeforeAll
	void setUp() {
		this.matrix = AccessMatrix.create(this.mvc, this.fixtures);
		NetworkView network = this.matrix.network();
		this.subject = this.fixtures.withoutAccount(network, this.matrix.animator(), "Sans Compte", null, "0600000000");
		// The subject's item: only animators (and the subject, who has no account) may
		// edit it.
		this.item = this.knowledges.create(
				new NetworkScope(network.id(), network.slug(), network.name(), this.matrix.animator().member().id(),
						NetworkRole.ANIMATOR),
				this.subject.id(), new KnowledgeCommand(Direction.OFFER, "Tricot", null, null, null, null, null, null,
						null, null, null, null, null));
	}

	@AfterAll
	void waitForTheSearchIndexRebuild() {
		// POST /admin/search/rebuild really rebuilds the index, in the background: leave
		// a
		// whole index to the next test classes.
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !this.mvc.get()
				.uri("/admin/search/progress")
				.header("HX-Request", "true")
				.with(TestFixtures.as(this.matrix.platformAdmin()))
				.exchange()
				.getResponse()
				.getContentAsString()
				.contains("every 1s"));
	}

	static Stream<Arguments> routes() {
		return Stream.of(route("GET", "/", Audience.ANYONE), route("GET", "/networks", Audience.ANYONE),
				route("GET", "/networks/{slug}", Audience.ANYONE), route("GET", "/login", Audience.ANYONE),
				route("GET", "/signup", Audience.ANYONE), route("GET", "/password/forgot", Audience.ANYONE),
				route("GET", "/api/v1/networks", Audience.ANYONE), route("GET", "/actuator/health", Audience.ANYONE),
				route("GET", "/account", Audience.SIGNED_IN), route("GET", "/networks/{slug}/join", Audience.SIGNED_IN),
				route("GET", "/networks/{slug}/members", Audience.MEMBER),
				route("GET", "/networks/{slug}/members/{member}", Audience.MEMBER),
				route("GET", "/networks/{slug}/profile", Audience.SELF),
				route("POST", "/networks/{slug}/profile", Audience.SELF),
				route("GET", "/networks/{slug}/export", Audience.SELF),
				route("GET", "/networks/{slug}/leave", Audience.SELF),
				route("GET", "/api/v1/networks/{slug}/members/{member}", Audience.MEMBER),
				route("GET", "/networks/{slug}/members/new", Audience.ANIMATOR),
				route("POST", "/networks/{slug}/members/new", Audience.ANIMATOR),
				route("GET", "/networks/{slug}/members/{member}/edit", Audience.ANIMATOR),
				route("POST", "/networks/{slug}/members/{member}/edit", Audience.ANIMATOR),
				route("POST", "/networks/{slug}/members/{member}/invite", Audience.ANIMATOR),
				route("POST", "/api/v1/networks/{slug}/members", Audience.ANIMATOR),
				route("GET", "/networks/{slug}/settings", Audience.ADMIN),
				route("POST", "/networks/{slug}/settings", Audience.ADMIN),
				route("POST", "/networks/{slug}/members/{member}/role", Audience.ADMIN),
				route("GET", "/networks/{slug}/board", Audience.MEMBER),
				route("GET", "/networks/{slug}/board/print", Audience.MEMBER),
				route("GET", "/networks/{slug}/board/projection", Audience.MEMBER),
				route("GET", "/networks/{slug}/board.csv", Audience.ANIMATOR),
				route("GET", "/networks/{slug}/inventory", Audience.SELF),
				route("GET", "/networks/{slug}/my-knowledge", Audience.SELF),
				route("GET", "/networks/{slug}/knowledge/new", Audience.SELF),
				route("GET", "/networks/{slug}/knowledge/{item}", Audience.MEMBER),
				route("GET", "/networks/{slug}/knowledge/{item}/edit", Audience.ANIMATOR),
				route("POST", "/networks/{slug}/knowledge/{item}/status", Audience.ANIMATOR),
				route("GET", "/networks/{slug}/inventory?member={member}", Audience.ANIMATOR),
				route("GET", "/api/v1/networks/{slug}/knowledge", Audience.MEMBER),
				route("GET", "/api/v1/networks/{slug}/knowledge/{item}", Audience.MEMBER),
				route("PUT", "/api/v1/networks/{slug}/knowledge/{item}", Audience.ANIMATOR),
				route("POST", "/api/v1/networks/{slug}/knowledge/batch", Audience.ANIMATOR),
				route("GET", "/api/v1/networks/{slug}/categories", Audience.MEMBER),
				route("GET", "/networks/{slug}/search", Audience.MEMBER),
				route("GET", "/networks/{slug}/categories", Audience.ANIMATOR),
				route("POST", "/networks/{slug}/categories/add", Audience.ANIMATOR),
				route("POST", "/networks/{slug}/categories/rename", Audience.ANIMATOR),
				route("POST", "/networks/{slug}/categories/words", Audience.ANIMATOR),
				route("POST", "/networks/{slug}/categories/visibility", Audience.ANIMATOR),
				route("POST", "/networks/{slug}/categories/merge", Audience.ANIMATOR),
				route("GET", "/admin/search", Audience.PLATFORM_ADMIN),
				route("GET", "/admin/search/progress", Audience.PLATFORM_ADMIN),
				route("POST", "/admin/search/rebuild", Audience.PLATFORM_ADMIN),
				route("GET", "/networks/new", Audience.PLATFORM_ADMIN),
				route("POST", "/networks/new", Audience.PLATFORM_ADMIN),
				route("GET", "/admin/outbox", Audience.PLATFORM_ADMIN),
				route("POST", "/api/v1/networks", Audience.PLATFORM_ADMIN));
	}

	static Arguments route(String method, String path, Audience audience) {
		return Arguments.of(method, path, audience);
	}

	@ParameterizedTest(name = "{0} {1} is for {2}")
	@MethodSource("routes")
	void shouldLetInOnlyTheRightCallers(String method, String template, Audience audience) {
		String body = template.endsWith("/batch") ? "[]" : "{\"displayName\":\"Personne\",\"slug\":\""
				+ TestFixtures.unique("acl") + "\",\"name\":\"Réseau\",\"direction\":\"OFFER\",\"title\":\"Tricot\"}";
		this.matrix.check(method, template, audience,
				Map.of("member", String.valueOf(this.subject.id()), "item", String.valueOf(this.item.id())), body);
	}

}
