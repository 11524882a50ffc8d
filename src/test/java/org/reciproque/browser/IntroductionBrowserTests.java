package org.reciproque.browser;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.reciproque.TestFixtures;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeCommand;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.member.ContactChannel;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.member.ProfileForm;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The heart of a network: the animator goes from the board to the suggestions and
 * proposes an introduction; the member without account answers through the animator, the
 * other member in the browser; each then sees exactly the channel the other chose.
 */
class IntroductionBrowserTests extends AbstractBrowserTests {

	@Autowired
	Knowledges knowledges;

	@Autowired
	Memberships memberships;

	@Test
	void animatorProposesFromTheSuggestionsAndBothPeopleConsent(Page page, BrowserSupport.PageErrors errors,
			Browser browser) {
		NetworkView network = this.fixtures.network();
		TestFixtures.Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Alix Animatrice");
		TestFixtures.Person bruno = this.fixtures.person(network, NetworkRole.MEMBER, "Bruno Cycliste");
		this.memberships.updateProfile(network.id(), bruno.member().id(), new ProfileForm("Bruno Cycliste", null,
				bruno.account().email(), "07 12 34 56 78", Set.of(ContactChannel.EMAIL)));
		MemberView denise = this.fixtures.withoutAccount(network, animator, "Denise Mécanicienne",
				TestFixtures.unique("denise") + "@example.org", "06 98 76 54 32");
		NetworkScope scope = new NetworkScope(network.id(), network.slug(), network.name(), animator.member().id(),
				NetworkRole.ANIMATOR);
		this.knowledges.create(scope, denise.id(),
				new KnowledgeCommand(Direction.OFFER, "Réparer son vélo",
						"Crevaisons, freins, dérailleur : je montre comment faire.", List.of(), null, null, null, null,
						null, null, null, null, null));
		this.knowledges.create(scope, bruno.member().id(),
				new KnowledgeCommand(Direction.REQUEST, "Ma bicyclette a un pneu crevé",
						"J'aimerais apprendre à la réparer moi-même.", List.of(), null, null, null, null, null, null,
						null, null, null));

		// The animator: board, then suggestions, then one click to propose
		signIn(page, animator.account().email());
		page.navigate(url("/networks/" + network.slug() + "/board"));
		check(page, errors);
		page.navigate(url("/networks/" + network.slug()));
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Dans ce réseau"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Suggestions de mises en relation"))
			.click();
		assertThat(heading(page, "Suggestions de mises en relation — " + network.name())).isVisible();
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Réparer son vélo"));
		assertThat(row).containsText("Ma bicyclette a un pneu crevé");
		assertThat(row).containsText("Denise Mécanicienne");
		check(page, errors);
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Proposer")).click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("La mise en relation est proposée : chaque personne concernée est sollicitée.");
		assertThat(page.getByText("En attente des réponses").first()).isVisible();
		check(page, errors);
		String introduction = page.url();

		// Denise has no account: the animator records her answer, given in person
		Locator recording = page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName("Recueillir la réponse de Denise Mécanicienne"));
		recording.getByLabel("Sa réponse").selectOption("ACCEPT");
		recording.getByLabel("Comment souhaitez-vous être contacté·e ?")
			.selectOption(new SelectOption().setValue("PHONE"));
		recording.getByLabel("Réponse reçue").selectOption("IN_PERSON");
		recording.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer sa réponse")).click();
		assertThat(page.getByText("(réponse recueillie en personne)").first()).isVisible();
		// Nobody's details before everyone agreed
		assertThat(page.getByText("06 98 76 54 32")).hasCount(0);
		check(page, errors);

		// Bruno, at home: the network page tells him a proposal waits for him
		Page home = otherWindow(browser);
		BrowserSupport.PageErrors homeErrors = BrowserSupport.collectErrors(home);
		try {
			signIn(home, bruno.account().email());
			home.navigate(url("/networks/" + network.slug()));
			home.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Mises en relation (1 en attente de votre réponse)"))
				.click();
			check(home, homeErrors);
			home.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Réparer son vélo")).first().click();
			assertThat(heading(home, "Votre réponse")).isVisible();
			assertThat(home.getByText("06 98 76 54 32")).hasCount(0);
			check(home, homeErrors);
			home.getByLabel("Par e-mail").check();
			button(home, "J'accepte").click();
			assertThat(home.getByRole(AriaRole.STATUS))
				.hasText("Tout le monde a accepté : vous pouvez maintenant vous joindre par les moyens choisis.");
			// Bruno sees Denise's phone, the channel she chose, and not her email
			assertThat(home.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("06 98 76 54 32")))
				.isVisible();
			assertThat(home.getByText(this.memberships.contact(network.id(), denise.id()).email())).hasCount(0);
			// His own phone is not shown (he chose email)
			assertThat(home.getByText("07 12 34 56 78")).hasCount(0);
			check(home, homeErrors);
		}
		finally {
			home.context().close();
		}

		// The animator sees the accepted introduction with Bruno's email, not his phone
		page.navigate(introduction);
		assertThat(page.getByText("Acceptée").first()).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(bruno.account().email())))
			.isVisible();
		assertThat(page.getByText("07 12 34 56 78")).hasCount(0);
		check(page, errors);
	}

}
