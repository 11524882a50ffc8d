package org.reciproque.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reciproque.TestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What every browser test of the application shares: one Spring context (the same
 * annotations on every subclass, so it is started once for all of them), its port, the
 * fixtures, and a few steps many journeys take (signing in, finding a field by its
 * label).
 */
@Tag("browser")
@ExtendWith(BrowserSupport.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestFixtures.class)
abstract class AbstractBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * The form field whose label is exactly this text, with or without the "
	 * (obligatoire)" marker of required fields: {@code getByLabel} with a plain string
	 * would also match longer labels ("E-mail" is in "Par e-mail").
	 */
	static Locator field(Locator scope, String label) {
		return scope.getByLabel(labelPattern(label));
	}

	static Locator field(Page page, String label) {
		return page.getByLabel(labelPattern(label));
	}

	static Pattern labelPattern(String label) {
		// a JavaScript RegExp in the browser: Pattern.quote's \Q...\E would not work
		return Pattern.compile("^" + label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "( \\(obligatoire\\))?$");
	}

	static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/**
	 * Checks the page as it is now: no serious accessibility violation (axe-core), and no
	 * console error nor uncaught exception on any page so far.
	 */
	static void check(Page page, BrowserSupport.PageErrors errors) {
		BrowserSupport.assertAccessible(page);
		errors.assertNone();
	}

	/**
	 * Chromium reports a page that came with an error status (403, 404) as a console
	 * error, "Failed to load resource: the server responded with a status of 404". On an
	 * error page that one is expected: this accepts it, and only it, then forgets it.
	 */
	static void expectErrorStatus(Page page, BrowserSupport.PageErrors errors, int status) {
		page.waitForCondition(() -> !errors.list().isEmpty());
		Assertions.assertThat(errors.list())
			.singleElement(InstanceOfAssertFactories.STRING)
			.startsWith("Failed to load resource: the server responded with a status of " + status + " ")
			.contains(page.url());
		errors.clear();
	}

	/**
	 * Signs in through the login page, with the password form (the page has a second,
	 * password-less form with its own email field).
	 */
	void signIn(Page page, String email) {
		page.navigate(url("/login"));
		Locator withPassword = page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Avec mon mot de passe"));
		field(withPassword, "Adresse e-mail").fill(email);
		field(withPassword, "Mot de passe").fill(TestFixtures.PASSWORD);
		withPassword.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
		assertThat(button(page, "Se déconnecter")).isVisible();
	}

	/**
	 * A second person at another computer: a separate browser context (its own cookies),
	 * French like the test's own. The caller closes it ({@code page.context().close()}).
	 */
	static Page otherWindow(Browser browser) {
		BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("fr-FR").setTimezoneId("Europe/Paris"));
		context.setDefaultTimeout(10_000);
		return context.newPage();
	}

}
