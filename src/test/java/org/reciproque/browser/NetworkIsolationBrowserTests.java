package org.reciproque.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.reciproque.TestFixtures;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * One network's pages are closed to the members of another; the error pages are friendly,
 * accessible, and in the visitor's language.
 */
class NetworkIsolationBrowserTests extends AbstractBrowserTests {

	@Test
	void memberOfOneNetworkIsRefusedAnotherNetworksMemberList(Page page, BrowserSupport.PageErrors errors) {
		NetworkView mine = this.fixtures.network();
		NetworkView other = this.fixtures.network();
		TestFixtures.Person member = this.fixtures.person(mine, NetworkRole.MEMBER, "Chloé Membre");
		this.fixtures.person(other, NetworkRole.MEMBER, "Secret Ailleurs");
		signIn(page, member.account().email());

		// their own network's list is open to them
		Response own = page.navigate(url("/networks/" + mine.slug() + "/members"));
		Assertions.assertThat(own.status()).isEqualTo(200);
		assertThat(page.getByRole(AriaRole.TABLE)).containsText("Chloé");
		check(page, errors);

		// the other network's list is not
		Response refused = page.navigate(url("/networks/" + other.slug() + "/members"));
		Assertions.assertThat(refused.status()).isEqualTo(403);
		expectErrorStatus(page, errors, 403);
		assertThat(page).hasTitle("Accès refusé");
		assertThat(heading(page, "Accès refusé")).isVisible();
		assertThat(page.getByText("Cette page est réservée à d'autres personnes du réseau")).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertThat(page.getByText("Secret Ailleurs")).hasCount(0);
		// still signed in, with the site's navigation, and a way back
		assertThat(button(page, "Se déconnecter")).isVisible();
		assertThat(link(page, "Revenir à l'accueil")).isVisible();
		check(page, errors);

		// nor is another network's member page, nor its profile page
		Response profile = page.navigate(url("/networks/" + other.slug() + "/profile"));
		Assertions.assertThat(profile.status()).isEqualTo(403);
		expectErrorStatus(page, errors, 403);
		assertThat(heading(page, "Accès refusé")).isVisible();
		check(page, errors);
	}

	@Test
	void unknownNetworkOrPageGivesTheFrenchNotFoundPage(Page page, BrowserSupport.PageErrors errors) {
		Response response = page.navigate(url("/networks/" + TestFixtures.unique("nulle-part")));
		Assertions.assertThat(response.status()).isEqualTo(404);
		expectErrorStatus(page, errors, 404);
		assertThat(page).hasTitle("Page introuvable");
		assertThat(heading(page, "Page introuvable")).isVisible();
		assertThat(page.getByText("Ce réseau n'existe pas.")).isVisible();
		check(page, errors);

		link(page, "Revenir à l'accueil").click();
		assertThat(heading(page, "Chacun·e sait quelque chose, chacun·e ignore quelque chose")).isVisible();
		check(page, errors);

		// a page that does not exist at all, for someone signed in
		signIn(page, this.fixtures.account().email());
		Response missing = page.navigate(url("/cette-page-n-existe-pas"));
		Assertions.assertThat(missing.status()).isEqualTo(404);
		expectErrorStatus(page, errors, 404);
		assertThat(heading(page, "Page introuvable")).isVisible();
		assertThat(page.getByText("Cette page n'existe pas ou plus.")).isVisible();
		check(page, errors);
	}

	@Test
	void englishSwitchShowsEnglishAndSticks(Page page, BrowserSupport.PageErrors errors) {
		page.navigate(url("/"));
		assertThat(heading(page, "Chacun·e sait quelque chose, chacun·e ignore quelque chose")).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		check(page, errors);

		link(page, "English").click();
		assertThat(heading(page, "Everyone knows something, everyone has something to learn")).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(link(page, "Create an account").first()).isVisible();
		assertThat(link(page, "Français")).isVisible();
		assertThat(link(page, "English")).hasCount(0);
		check(page, errors);

		// the next page, reached without ?lang, is still in English
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sign in"))
			.click();
		Assertions.assertThat(page.url()).doesNotContain("lang=");
		assertThat(heading(page, "Sign in")).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		check(page, errors);

		// and so is an error page
		page.navigate(url("/networks/" + TestFixtures.unique("nowhere")));
		expectErrorStatus(page, errors, 404);
		assertThat(heading(page, "Page not found")).isVisible();
		check(page, errors);

		// back to French
		link(page, "Français").click();
		assertThat(heading(page, "Page introuvable")).isVisible();
		expectErrorStatus(page, errors, 404);
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		check(page, errors);
	}

}
