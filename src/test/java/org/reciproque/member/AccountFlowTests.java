package org.reciproque.member;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.notification.Mailer;
import org.reciproque.notification.OutgoingMail;
import org.reciproque.platform.security.AccountPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reciproque.TestFixtures.as;
import static org.reciproque.TestFixtures.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class AccountFlowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Mailer mailer;

	@Test
	void shouldSignUpAndSignIn() {
		String email = unique("new") + "@example.org";
		assertThat(this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("email", email)
			.param("password", TestFixtures.PASSWORD)
			.param("confirmation", TestFixtures.PASSWORD)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/networks?welcome");
		assertThat(this.accounts.findByEmail(email)).isPresent();
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", email.toUpperCase())
			.param("password", TestFixtures.PASSWORD)).hasRedirectedUrl("/");
	}

	@Test
	void shouldRefuseWeakPasswordsAndKeepWhatWasTyped() {
		String email = unique("weak") + "@example.org";
		assertThat(this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("email", email)
			.param("password", "azertyuiop")
			.param("confirmation", "azertyuiop")).hasStatusOk()
			.bodyText()
			.contains("trop facile à deviner")
			.contains("value=\"" + email + "\"");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void shouldRefuseADuplicateEmailAndMismatchedConfirmation() {
		AccountPrincipal existing = this.fixtures.account();
		assertThat(this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("email", existing.email())
			.param("password", TestFixtures.PASSWORD)
			.param("confirmation", TestFixtures.PASSWORD)).hasStatusOk().bodyText().contains("existe déjà");
		assertThat(this.mvc.post()
			.uri("/signup")
			.with(csrf())
			.param("email", unique("mismatch") + "@example.org")
			.param("password", TestFixtures.PASSWORD)
			.param("confirmation", "autre chose")).hasStatusOk().bodyText().contains("pas identiques");
	}

	@Test
	void shouldThrottleRepeatedFailedLogins() {
		AccountPrincipal account = this.fixtures.account();
		for (int i = 0; i < 5; i++) {
			String address = "198.51.100." + i;
			assertThat(this.mvc.post().uri("/login").with(csrf()).with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}).param("username", account.email()).param("password", "faux-" + i)).hasRedirectedUrl("/login?error");
		}
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", account.email())
			.param("password", TestFixtures.PASSWORD)).hasRedirectedUrl("/login?throttled");
	}

	@Test
	void shouldThrottleOneAddressTryingManyAccounts() {
		String address = "203.0.113." + (int) (Math.random() * 250);
		for (int i = 0; i < 20; i++) {
			String email = unique("nobody") + "@example.org";
			assertThat(this.mvc.post().uri("/login").with(csrf()).with((request) -> {
				request.setRemoteAddr(address);
				return request;
			}).param("username", email).param("password", "faux")).hasRedirectedUrl("/login?error");
		}
		AccountPrincipal account = this.fixtures.account();
		assertThat(this.mvc.post().uri("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("username", account.email()).param("password", TestFixtures.PASSWORD))
			.hasRedirectedUrl("/login?throttled");
	}

	@Test
	void shouldSignInWithAMagicLinkFromTheOutbox() {
		AccountPrincipal account = this.fixtures.account();
		assertThat(this.mvc.post().uri("/ott/generate").with(csrf()).param("username", account.email()))
			.hasRedirectedUrl("/login/ott/sent");
		OutgoingMail mail = this.mailer.messagesTo(account.email()).get(0);
		String token = extract(mail.body(), "/login/ott\\?token=([A-Za-z0-9-]+)");
		assertThat(this.mvc.post().uri("/login/ott").with(csrf()).param("token", token)).hasRedirectedUrl("/");
		assertThat(this.mvc.post().uri("/login/ott").with(csrf()).param("token", token))
			.hasRedirectedUrl("/login?linkExpired");
	}

	@Test
	void shouldNotRevealWhetherAnAddressHasAnAccount() {
		String unknown = unique("ghost") + "@example.org";
		assertThat(this.mvc.post().uri("/ott/generate").with(csrf()).param("username", unknown))
			.hasRedirectedUrl("/login/ott/sent");
		assertThat(this.mvc.post().uri("/password/forgot").with(csrf()).param("email", unknown))
			.hasRedirectedUrl("/password/forgot/sent");
		assertThat(this.mailer.messagesTo(unknown)).isEmpty();
	}

	@Test
	void shouldResetAForgottenPasswordOnce() {
		AccountPrincipal account = this.fixtures.account();
		assertThat(this.mvc.post().uri("/password/forgot").with(csrf()).param("email", account.email()))
			.hasRedirectedUrl("/password/forgot/sent");
		String token = extract(this.mailer.messagesTo(account.email()).get(0).body(),
				"/password/reset/([A-Za-z0-9_-]+)");
		String replacement = "Nouvelle-phrase-pour-le-jardin";
		assertThat(this.mvc.post()
			.uri("/password/reset/" + token)
			.with(csrf())
			.param("password", replacement)
			.param("confirmation", replacement)).hasRedirectedUrl("/login");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", account.email())
			.param("password", replacement)).hasRedirectedUrl("/");
		assertThat(this.mvc.get().uri("/password/reset/" + token)).hasStatusOk().bodyText().contains("plus valable");
	}

	@Test
	void shouldChangeThePasswordOnlyWithTheCurrentOne() {
		AccountPrincipal account = this.fixtures.account();
		String replacement = "Autre-phrase-tres-longue-9";
		assertThat(this.mvc.post()
			.uri("/account/password")
			.with(as(account))
			.with(csrf())
			.param("currentPassword", "pas le bon")
			.param("password", replacement)
			.param("confirmation", replacement)).hasStatusOk().bodyText().contains("pas le bon");
		assertThat(this.mvc.post()
			.uri("/account/password")
			.with(as(account))
			.with(csrf())
			.param("currentPassword", TestFixtures.PASSWORD)
			.param("password", replacement)
			.param("confirmation", replacement)).hasRedirectedUrl("/account");
		assertThat(this.mvc.post()
			.uri("/login")
			.with(csrf())
			.param("username", account.email())
			.param("password", replacement)).hasRedirectedUrl("/");
	}

	@Test
	void shouldDeleteTheAccountAfterConfirmation() {
		AccountPrincipal account = this.fixtures.account();
		assertThat(this.mvc.post().uri("/account/delete").with(as(account)).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Cochez la case");
		assertThat(this.accounts.findByEmail(account.email())).isPresent();
		assertThat(this.mvc.post().uri("/account/delete").with(as(account)).with(csrf()).param("confirm", "true"))
			.hasRedirectedUrl("/?accountDeleted");
		assertThat(this.accounts.findByEmail(account.email())).isEmpty();
	}

	@Test
	void shouldRefuseFormsWithoutCsrfToken() {
		assertThat(this.mvc.post()
			.uri("/signup")
			.param("email", unique("csrf") + "@example.org")
			.param("password", TestFixtures.PASSWORD)
			.param("confirmation", TestFixtures.PASSWORD)).hasStatus(403);
	}

	static String extract(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as("link in %s", text).isTrue();
		return matcher.group(1);
	}

}
