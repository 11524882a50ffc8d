package org.reciproque.platform;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeCommand;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.member.MemberView;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every route, every kind of caller: deny by default, and a role in one network gives
 * nothing in another. A route added without an entry here is a route without an access
 * test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTests {

	/** Who may call a route. */
	enum Audience {

		ANYONE, SIGNED_IN,
		/**
		 * Members acting on their own membership: platform administrators are not
		 * members.
		 */
		SELF, MEMBER, ANIMATOR, ADMIN, PLATFORM_ADMIN

	}

	/** The kinds of caller tried on every route. */
	enum Caller {

		VISITOR, ACCOUNT_OUTSIDE, MEMBER_OF_OTHER_NETWORK, MEMBER, ANIMATOR, ADMIN, PLATFORM_ADMIN

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Knowledges knowledges;

	NetworkView network;

	MemberView subject;

	KnowledgeView item;

	Person member;

	Person animator;

	Person admin;

	Person otherNetworkAdmin;

	AccountPrincipal outsider;

	AccountPrincipal platformAdmin;

	@BeforeAll
	void setUp() {
		this.network = this.fixtures.network();
		this.member = this.fixtures.person(this.network, NetworkRole.MEMBER, "Membre");
		this.animator = this.fixtures.person(this.network, NetworkRole.ANIMATOR, "Animatrice");
		this.admin = this.fixtures.person(this.network, NetworkRole.ADMIN, "Administratrice");
		this.otherNetworkAdmin = this.fixtures.person(this.fixtures.network(), NetworkRole.ADMIN, "Ailleurs");
		this.outsider = this.fixtures.account();
		this.platformAdmin = this.fixtures.platformAdmin();
		this.subject = this.fixtures.withoutAccount(this.network, this.animator, "Sans Compte", null, "0600000000");
		// The subject's item: only animators (and the subject, who has no account) may
		// edit it.
		this.item = this.knowledges.create(
				new NetworkScope(this.network.id(), this.network.slug(), this.network.name(),
						this.animator.member().id(), NetworkRole.ANIMATOR),
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
				.with(TestFixtures.as(this.platformAdmin))
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
		for (Caller caller : Caller.values()) {
			MockHttpServletResponse response = call(method, template, caller);
			boolean allowed = allowed(audience, caller);
			int status = response.getStatus();
			String redirect = String.valueOf(response.getRedirectedUrl());
			boolean refused = status == 401 || status == 403 || redirect.endsWith("/login");
			assertThat(refused).as("%s %s as %s (status %s, redirect %s)", method, template, caller, status, redirect)
				.isEqualTo(!allowed);
		}
	}

	private boolean allowed(Audience audience, Caller caller) {
		return switch (audience) {
			case ANYONE -> true;
			case SIGNED_IN -> caller != Caller.VISITOR;
			case SELF -> List.of(Caller.MEMBER, Caller.ANIMATOR, Caller.ADMIN).contains(caller);
			case MEMBER ->
				List.of(Caller.MEMBER, Caller.ANIMATOR, Caller.ADMIN, Caller.PLATFORM_ADMIN).contains(caller);
			case ANIMATOR -> List.of(Caller.ANIMATOR, Caller.ADMIN, Caller.PLATFORM_ADMIN).contains(caller);
			case ADMIN -> List.of(Caller.ADMIN, Caller.PLATFORM_ADMIN).contains(caller);
			case PLATFORM_ADMIN -> caller == Caller.PLATFORM_ADMIN;
		};
	}

	private MockHttpServletResponse call(String method, String template, Caller caller) {
		String path = template.replace("{slug}", this.network.slug())
			.replace("{member}", String.valueOf(this.subject.id()))
			.replace("{item}", String.valueOf(this.item.id()));
		boolean api = path.startsWith("/api/");
		var request = this.mvc.method(HttpMethod.valueOf(method))
			.uri(path)
			.accept(MediaType.TEXT_HTML, MediaType.ALL)
			.param("role", "MEMBER")
			.param("status", "ACTIVE");
		if (api) {
			// A valid body, so that only the caller's rights decide.
			request = request.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.content(path.endsWith("/batch") ? "[]"
						: "{\"displayName\":\"Personne\",\"slug\":\"" + TestFixtures.unique("acl")
								+ "\",\"name\":\"Réseau\",\"direction\":\"OFFER\",\"title\":\"Tricot\"}");
		}
		else {
			request = request.with(csrf());
		}
		RequestPostProcessor authentication = authentication(caller);
		if (authentication != null) {
			request = request.with(authentication);
		}
		return request.exchange().getResponse();
	}

	private RequestPostProcessor authentication(Caller caller) {
		return switch (caller) {
			case VISITOR -> null;
			case ACCOUNT_OUTSIDE -> TestFixtures.as(this.outsider);
			case MEMBER_OF_OTHER_NETWORK -> this.otherNetworkAdmin.auth();
			case MEMBER -> this.member.auth();
			case ANIMATOR -> this.animator.auth();
			case ADMIN -> this.admin.auth();
			case PLATFORM_ADMIN -> TestFixtures.as(this.platformAdmin);
		};
	}

}
