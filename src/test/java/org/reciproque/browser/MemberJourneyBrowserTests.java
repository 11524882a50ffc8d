package org.reciproque.browser;

import java.util.regex.Pattern;

import java.nio.file.Files;
import java.time.Instant;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
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
 * A person's whole life in a network, through the pages only: sign up, join (the charter
 * first), fill in the profile, take their data and leave.
 */
class MemberJourneyBrowserTests extends AbstractBrowserTests {

	@Test
	void visitorSignsUpJoinsEditsProfileExportsDataAndLeaves(Page page, BrowserSupport.PageErrors errors,
			Browser browser) throws Exception {
		NetworkView network = this.fixtures.network();
		TestFixtures.Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Anne Animatrice");
		String email = TestFixtures.unique("camille") + "@example.org";
		String displayName = TestFixtures.unique("Camille Martin");

		// Sign up from the home page
		page.navigate(url("/"));
		check(page, errors);
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation principale"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Créer un compte"))
			.click();
		assertThat(heading(page, "Créer un compte")).isVisible();
		check(page, errors);
		field(page, "Adresse e-mail").fill(email);
		field(page, "Mot de passe").fill(TestFixtures.PASSWORD);
		field(page, "Mot de passe (encore une fois)").fill(TestFixtures.PASSWORD);
		button(page, "Créer mon compte").click();

		// Signed in, welcomed on the directory
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bienvenue");
		assertThat(button(page, "Se déconnecter")).isVisible();
		check(page, errors);

		// The network's public page, then the join form
		page.navigate(url("/networks/" + network.slug()));
		assertThat(heading(page, network.name())).isVisible();
		check(page, errors);
		link(page, "Rejoindre ce réseau").click();
		assertThat(heading(page, "Rejoindre « " + network.name() + " »")).isVisible();
		check(page, errors);

		// Without the charter: refused, the error is next to the box, the name is kept
		field(page, "Nom d'usage").fill(displayName);
		button(page, "Rejoindre ce réseau").click();
		Locator charter = page.getByLabel("J'ai lu la charte du réseau et je l'accepte");
		assertThat(charter).hasAttribute("aria-invalid", "true");
		assertThat(charter).hasAccessibleDescription("Pour rejoindre le réseau, il faut accepter sa charte.");
		assertThat(page.getByText("Pour rejoindre le réseau, il faut accepter sa charte.")).isVisible();
		assertThat(charter).isFocused();
		assertThat(charter).not().isChecked();
		assertThat(field(page, "Nom d'usage")).hasValue(displayName);
		check(page, errors);

		// With the charter: a member, on their profile
		charter.check();
		button(page, "Rejoindre ce réseau").click();
		assertThat(heading(page, "Mon profil")).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bienvenue dans le réseau");
		check(page, errors);

		// The profile: presentation, phone, contact channels
		assertThat(field(page, "Nom d'usage")).hasValue(displayName);
		assertThat(field(page, "E-mail")).hasValue(email);
		// by default, the animation team may pass messages on
		assertThat(page.getByLabel("Par l'équipe d'animation")).isChecked();
		assertThat(page.getByLabel("Par téléphone")).not().isChecked();
		field(page, "Présentation libre").fill("J'aime la cuisine et les langues.");
		field(page, "Téléphone").fill("06 12 34 56 78");
		page.getByLabel("Par téléphone").check();
		page.getByLabel("À la prochaine permanence").check();
		page.getByLabel("Par l'équipe d'animation").uncheck();
		button(page, "Enregistrer").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Le profil est enregistré.");
		assertThat(field(page, "Présentation libre")).hasValue("J'aime la cuisine et les langues.");
		assertThat(field(page, "Téléphone")).hasValue("06 12 34 56 78");
		assertThat(page.getByLabel("Par téléphone")).isChecked();
		assertThat(page.getByLabel("À la prochaine permanence")).isChecked();
		assertThat(page.getByLabel("Par e-mail")).not().isChecked();
		assertThat(page.getByLabel("Par l'équipe d'animation")).not().isChecked();
		check(page, errors);

		// An invalid phone: refused, the error is next to it, everything typed is kept
		field(page, "Présentation libre").fill("J'aime la cuisine, les langues et le jardin.");
		field(page, "Téléphone").fill("06 12 AB 56 78");
		page.getByLabel("Par e-mail").check();
		button(page, "Enregistrer").click();
		Locator phone = field(page, "Téléphone");
		assertThat(phone).hasAttribute("aria-invalid", "true");
		// The error is read first, then the field's hint.
		assertThat(phone).hasAccessibleDescription(Pattern.compile(
				"^Ce numéro de téléphone n'est pas valide \\(chiffres, espaces, \\+, points, tirets et parenthèses\\)\\. Visible seulement"));
		assertThat(phone).isFocused();
		assertThat(phone).hasValue("06 12 AB 56 78");
		assertThat(field(page, "Présentation libre")).hasValue("J'aime la cuisine, les langues et le jardin.");
		assertThat(page.getByLabel("Par e-mail")).isChecked();
		assertThat(page.getByLabel("Par téléphone")).isChecked();
		assertThat(page.getByRole(AriaRole.STATUS)).hasCount(0);
		check(page, errors);

		// The animator, elsewhere, sees the new member in the list
		Page animatorPage = otherWindow(browser);
		BrowserSupport.PageErrors animatorErrors = BrowserSupport.collectErrors(animatorPage);
		try {
			signIn(animatorPage, animator.account().email());
			animatorPage.navigate(url("/networks/" + network.slug() + "/members"));
			assertThat(animatorPage.getByRole(AriaRole.TABLE).getByText(displayName)).isVisible();
			check(animatorPage, animatorErrors);

			// Leaving: the network page leads to "Quitter le réseau"
			page.navigate(url("/networks/" + network.slug()));
			check(page, errors);
			link(page, "Quitter le réseau").click();
			assertThat(heading(page, "Quitter le réseau")).isVisible();
			check(page, errors);

			// First, the data export
			Download download = page.waitForDownload(() -> link(page, "Télécharger mes données (JSON)").click());
			Assertions.assertThat(download.suggestedFilename())
				.isEqualTo("reciproque-" + network.slug() + "-mes-donnees.json");
			DocumentContext json = JsonPath.parse(Files.readString(download.path()));
			Assertions.assertThat(json.read("$.member.displayName", String.class)).isEqualTo(displayName);
			Assertions.assertThat(json.read("$.account.email", String.class)).isEqualTo(email);
			Assertions.assertThat(json.read("$.member.email", String.class)).isEqualTo(email);
			Assertions.assertThat(json.read("$.member.phone", String.class)).isEqualTo("06 12 34 56 78");
			Assertions.assertThat(json.read("$.member.presentation", String.class))
				.isEqualTo("J'aime la cuisine et les langues.");
			Assertions.assertThat(json.read("$.member.contactChannels", String[].class))
				.containsExactlyInAnyOrder("PHONE", "DROP_IN");
			Assertions.assertThat(json.read("$.network.slug", String.class)).isEqualTo(network.slug());
			String charterAcceptedAt = json.read("$.member.charterAcceptedAt", String.class);
			Assertions.assertThat(charterAcceptedAt).isNotBlank();
			Assertions.assertThat(Instant.parse(charterAcceptedAt)).isBefore(Instant.now());

			// Then leaving for good
			button(page, "Quitter le réseau maintenant").click();
			assertThat(page.getByRole(AriaRole.STATUS))
				.hasText("Vous avez quitté « " + network.name() + " ». Vous pouvez y revenir quand vous le souhaitez.");
			check(page, errors);

			// The network page offers to join again, and nothing of a member's
			page.navigate(url("/networks/" + network.slug()));
			assertThat(link(page, "Rejoindre ce réseau")).isVisible();
			assertThat(link(page, "Quitter le réseau")).hasCount(0);
			assertThat(link(page, "Mon profil")).hasCount(0);
			check(page, errors);

			// The animator's list no longer has them
			animatorPage.reload();
			assertThat(animatorPage.getByRole(AriaRole.TABLE)).isVisible();
			assertThat(animatorPage.getByText(displayName)).hasCount(0);
			assertThat(animatorPage.getByRole(AriaRole.TABLE).getByText("Anne Animatrice")).isVisible();
			check(animatorPage, animatorErrors);
		}
		finally {
			animatorPage.context().close();
		}
	}

}
