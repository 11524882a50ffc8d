package org.reciproque;

import java.util.List;
import java.util.Map;

import org.reciproque.TestFixtures.Person;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.NetworkRole;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Calls one route as every kind of caller and checks that exactly the right ones get in:
 * deny by default, and a role in one network gives nothing in another. Each module's
 * access test builds one matrix and lists its routes; a route without an entry in such a
 * test is a route without an access test.
 */
public final class AccessMatrix {

	/** Who may call a route. */
	public enum Audience {

		ANYONE, SIGNED_IN,
		/**
		 * Members acting on their own membership: platform administrators are not
		 * members.
		 */
		SELF, MEMBER,
		/**
		 * Animators acting in their own name in the network (platform administrators are
		 * not members).
		 */
		NETWORK_ANIMATOR, ANIMATOR, ADMIN, PLATFORM_ADMIN

	}

	/** The kinds of caller tried on every route. */
	public enum Caller {

		VISITOR, ACCOUNT_OUTSIDE, MEMBER_OF_OTHER_NETWORK, MEMBER, ANIMATOR, ADMIN, PLATFORM_ADMIN

	}

	private final MockMvcTester mvc;

	private final NetworkView network;

	private final Person member;

	private final Person animator;

	private final Person admin;

	private final Person otherNetworkAdmin;

	private final AccountPrincipal outsider;

	private final AccountPrincipal platformAdmin;

	private AccessMatrix(MockMvcTester mvc, TestFixtures fixtures) {
		this.mvc = mvc;
		this.network = fixtures.network();
		this.member = fixtures.person(this.network, NetworkRole.MEMBER, "Membre");
		this.animator = fixtures.person(this.network, NetworkRole.ANIMATOR, "Animatrice");
		this.admin = fixtures.person(this.network, NetworkRole.ADMIN, "Administratrice");
		this.otherNetworkAdmin = fixtures.person(fixtures.network(), NetworkRole.ADMIN, "Ailleurs");
		this.outsider = fixtures.account();
		this.platformAdmin = fixtures.platformAdmin();
	}

	/**
	 * A new network with a member, an animator and an administrator, an administrator of
	 * another network, an account in no network and a platform administrator.
	 */
	public static AccessMatrix create(MockMvcTester mvc, TestFixtures fixtures) {
		return new AccessMatrix(mvc, fixtures);
	}

	public NetworkView network() {
		return this.network;
	}

	public Person member() {
		return this.member;
	}

	public Person animator() {
		return this.animator;
	}

	public Person admin() {
		return this.admin;
	}

	public AccountPrincipal platformAdmin() {
		return this.platformAdmin;
	}

	/**
	 * Calls the route as every kind of caller. {@code {slug}} in the template stands for
	 * the matrix's network, the other placeholders for the given values. API calls send
	 * {@code body} (a valid one, so that only the caller's rights decide); pages get a
	 * CSRF token and the form parameters {@code role=MEMBER&status=ACTIVE}.
	 */
	public void check(String method, String template, Audience audience, Map<String, String> placeholders,
			String body) {
		String path = template.replace("{slug}", this.network.slug());
		for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
			path = path.replace("{" + placeholder.getKey() + "}", placeholder.getValue());
		}
		for (Caller caller : Caller.values()) {
			MockHttpServletResponse response = call(method, path, body, caller);
			int status = response.getStatus();
			String redirect = String.valueOf(response.getRedirectedUrl());
			boolean refused = status == 401 || status == 403 || redirect.endsWith("/login");
			assertThat(refused).as("%s %s as %s (status %s, redirect %s)", method, template, caller, status, redirect)
				.isEqualTo(!allowed(audience, caller));
		}
	}

	static boolean allowed(Audience audience, Caller caller) {
		return switch (audience) {
			case ANYONE -> true;
			case SIGNED_IN -> caller != Caller.VISITOR;
			case SELF -> List.of(Caller.MEMBER, Caller.ANIMATOR, Caller.ADMIN).contains(caller);
			case MEMBER ->
				List.of(Caller.MEMBER, Caller.ANIMATOR, Caller.ADMIN, Caller.PLATFORM_ADMIN).contains(caller);
			case NETWORK_ANIMATOR -> List.of(Caller.ANIMATOR, Caller.ADMIN).contains(caller);
			case ANIMATOR -> List.of(Caller.ANIMATOR, Caller.ADMIN, Caller.PLATFORM_ADMIN).contains(caller);
			case ADMIN -> List.of(Caller.ADMIN, Caller.PLATFORM_ADMIN).contains(caller);
			case PLATFORM_ADMIN -> caller == Caller.PLATFORM_ADMIN;
		};
	}

	private MockHttpServletResponse call(String method, String path, String body, Caller caller) {
		var request = this.mvc.method(HttpMethod.valueOf(method))
			.uri(path)
			.accept(MediaType.TEXT_HTML, MediaType.ALL)
			.param("role", "MEMBER")
			.param("status", "ACTIVE");
		if (path.startsWith("/api/")) {
			request = request.accept(MediaType.APPLICATION_JSON).contentType(MediaType.APPLICATION_JSON).content(body);
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
