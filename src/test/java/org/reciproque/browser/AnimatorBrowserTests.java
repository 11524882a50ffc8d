package org.reciproque.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.reciproque.TestFixtures;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The animation team records a person who has no account, on consent given on paper; that
 * person's contact details are then for the team only.
 */
class AnimatorBrowserTests extends AbstractBrowserTests {

	@Test
	void animatorRecordsMemberWithoutAccountWhoseContactOnlyTheTeamSees(Page page, BrowserSupport.PageErrors errors,
			Browser browser) {
		NetworkView network = this.fixtures.network();
		TestFixtures.Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Alix Animatrice");
		TestFixtures.Person member = this.fixtures.person(network, NetworkRole.MEMBER, "Bastien Membre");
		String name = TestFixtures.unique("Fatou Diallo");
		String email = TestFixtures.unique("fatou") + "@example.org";
		String phone = "07 81 22 33 44";

		// The animator signs in and goes from the network page to the form
		signIn(page, animator.account().email());
		check(page, errors);
		page.navigate(url("/networks/" + network.slug()));
		check(page, errors);
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Dans ce réseau"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Inscrire une personne sans compte"))
			.click();
		assertThat(heading(page, "Inscrire une personne sans compte")).isVisible();
		check(page, errors);

		// Without the paper consent: refused, the error is next to the box, nothing typed
		// is lost
		field(page, "Nom d'usage").fill(name);
		field(page, "E-mail").fill(email);
		field(page, "Téléphone").fill(phone);
		button(page, "Inscrire cette personne").click();
		Locator consent = page.getByLabel("La personne a lu la charte et donné son accord sur papier");
		assertThat(consent).hasAttribute("aria-invalid", "true");
		assertThat(consent)
			.hasAccessibleDescription("L'accord écrit de la personne est nécessaire avant de l'inscrire.");
		assertThat(page.getByText("L'accord écrit de la personne est nécessaire avant de l'inscrire.")).isVisible();
		assertThat(consent).isFocused();
		assertThat(field(page, "Nom d'usage")).hasValue(name);
		assertThat(field(page, "E-mail")).hasValue(email);
		assertThat(field(page, "Téléphone")).hasValue(phone);
		check(page, errors);

		// With it: recorded, and the animator sees the person's contact details
		consent.check();
		button(page, "Inscrire cette personne").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("La personne est inscrite dans le réseau.");
		assertThat(heading(page, name)).isVisible();
		Locator contact = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Coordonnées"));
		assertThat(contact).containsText(phone);
		assertThat(contact).containsText(email);
		String today = LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		assertThat(page.getByText("Consentement donné sur papier le " + today + ".")).isVisible();
		assertThat(button(page, "Inviter à créer son compte")).isVisible();
		check(page, errors);
		String memberPage = page.url();

		// In the list, with no account
		link(page, "Tous les membres").click();
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
		assertThat(row).containsText("Sans compte");
		check(page, errors);

		// A plain member of the same network sees the person, never their contact details
		Page memberWindow = otherWindow(browser);
		BrowserSupport.PageErrors memberErrors = BrowserSupport.collectErrors(memberWindow);
		try {
			signIn(memberWindow, member.account().email());
			memberWindow.navigate(memberPage);
			assertThat(heading(memberWindow, name)).isVisible();
			assertThat(memberWindow.getByText(phone)).hasCount(0);
			assertThat(memberWindow.getByText(email)).hasCount(0);
			assertThat(heading(memberWindow, "Coordonnées")).hasCount(0);
			assertThat(memberWindow.getByText("Consentement donné sur papier")).hasCount(0);
			assertThat(button(memberWindow, "Inviter à créer son compte")).hasCount(0);
			// not even hidden in the page's source
			Assertions.assertThat(memberWindow.content()).doesNotContain(phone).doesNotContain(email);
			check(memberWindow, memberErrors);
		}
		finally {
			memberWindow.context().close();
		}
	}

}
