package org.reciproque.browser;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.matching.ExchangeLinks;
import org.reciproque.matching.IntroductionAccepted;
import org.reciproque.matching.ParticipantRole;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From an accepted introduction to a debrief: the two participants agree on the terms
 * (each in their own browser), record a meeting, start and finish the exchange, debrief;
 * the animator then sees it on the follow-up and reciprocity pages. Every page is checked
 * with axe-core.
 */
class ExchangeBrowserTests extends AbstractBrowserTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ExchangeLinks links;

	@Test
	void participantsBuildTheirExchangeAndTheAnimatorFollowsIt(Page page, BrowserSupport.PageErrors errors,
			Browser browser) {
		NetworkView network = this.fixtures.network();
		Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Alix Animatrice");
		Person nadia = this.fixtures.person(network, NetworkRole.MEMBER, "Nadia Couture");
		Person julien = this.fixtures.person(network, NetworkRole.MEMBER, "Julien Apprenti");
		long introductionId = System.nanoTime();
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new IntroductionAccepted(introductionId, network.id(), null, "Couture à la machine", false,
					List.of(new IntroductionAccepted.Participant(nadia.member().id(), ParticipantRole.PASSES_ON),
							new IntroductionAccepted.Participant(julien.member().id(), ParticipantRole.LEARNS)))));
		await().atMost(Duration.ofSeconds(10)).until(() -> this.links.exchangeFor(introductionId), Optional::isPresent);

		// Nadia finds the exchange from her network's page and writes the first terms
		signIn(page, nadia.account().email());
		page.navigate(url("/networks/" + network.slug()));
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Dans ce réseau"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mes échanges"))
			.click();
		assertThat(heading(page, "Mes échanges")).isVisible();
		check(page, errors);
		link(page, "Couture à la machine").click();
		assertThat(heading(page, "Échange : Couture à la machine")).isVisible();
		check(page, errors);
		link(page, "Écrire les modalités").click();
		field(page, "Fréquence").fill("Chaque mardi, pendant deux mois");
		field(page, "Contenu et objectifs").fill("Ourlets, fermetures éclair");
		check(page, errors);
		button(page, "Enregistrer les modalités").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Modalités enregistrées (version 1)");
		String exchangePage = page.url();

		// Julien, at his own computer, adds the place
		Page julienPage = otherWindow(browser);
		BrowserSupport.PageErrors julienErrors = BrowserSupport.collectErrors(julienPage);
		signIn(julienPage, julien.account().email());
		julienPage.navigate(exchangePage);
		assertThat(julienPage.getByText("Chaque mardi, pendant deux mois")).isVisible();
		link(julienPage, "Modifier les modalités").click();
		field(julienPage, "Lieu ou lien").fill("Médiathèque, salle 2");
		button(julienPage, "Enregistrer les modalités").click();
		assertThat(julienPage.getByRole(AriaRole.STATUS)).containsText("version 2");
		link(julienPage, "Historique des modalités").click();
		assertThat(heading(julienPage, "Version 2")).isVisible();
		assertThat(julienPage.locator("ins").first()).hasText("Médiathèque, salle 2");
		check(julienPage, julienErrors);

		// Nadia records yesterday's meeting, starts the exchange, then finishes it
		page.navigate(exchangePage);
		assertThat(page.getByText("Médiathèque, salle 2")).isVisible();
		link(page, "Noter une séance passée").click();
		check(page, errors);
		String yesterday = LocalDateTime.now(ZoneId.of("Europe/Paris"))
			.minusDays(1)
			.withHour(18)
			.withMinute(0)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		field(page, "Début").fill(yesterday);
		field(page, "Notes").fill("Premiers ourlets");
		page.getByLabel("Julien Apprenti").check();
		button(page, "Enregistrer la séance").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("La séance est notée.");
		assertThat(page.getByText("Premiers ourlets")).isVisible();
		button(page, "L'échange commence").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'échange a commencé");
		button(page, "L'échange est terminé").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("L'échange est terminé");
		check(page, errors);

		// and debriefs, privately
		link(page, "Écrire mon bilan").click();
		assertThat(heading(page, "Bilan de l'échange : Couture à la machine")).isVisible();
		check(page, errors);
		field(page, "Qu'ai-je appris en transmettant mon savoir ?").fill("À expliquer plus lentement");
		button(page, "Enregistrer le bilan").click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Merci : le bilan est enregistré.");
		assertThat(page.getByText("À expliquer plus lentement")).isVisible();
		check(page, errors);
		julienPage.navigate(exchangePage);
		assertThat(julienPage.getByText("À expliquer plus lentement")).hasCount(0);
		check(julienPage, julienErrors);
		julienPage.navigate(url("/networks/" + network.slug() + "/members/" + julien.member().id()));
		assertThat(julienPage.getByText("Et vous, que pourriez-vous transmettre ?")).isVisible();
		check(julienPage, julienErrors);
		button(julienPage, "Ne plus me le proposer").click();
		assertThat(julienPage.getByRole(AriaRole.STATUS)).containsText("nous ne vous le proposerons plus");
		julienPage.context().close();

		// The animator sees it on the follow-up page, then on the reciprocity page
		Page team = otherWindow(browser);
		BrowserSupport.PageErrors teamErrors = BrowserSupport.collectErrors(team);
		signIn(team, animator.account().email());
		team.navigate(url("/networks/" + network.slug()));
		link(team, "Suivi des échanges").click();
		assertThat(heading(team, "Suivi des échanges — " + network.name())).isVisible();
		check(team, teamErrors);
		team.getByLabel("Afficher").selectOption("DONE_WITHOUT_DEBRIEF");
		Locator row = team.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText("Couture à la machine"));
		assertThat(row).containsText("Terminés sans tous les bilans");
		assertThat(row).containsText("1 bilan(s) sur 2");
		check(team, teamErrors);
		link(team, "Réciprocité").click();
		assertThat(heading(team, "Le réseau des transmissions")).isVisible();
		assertThat(team.locator("#reciprocity-graph canvas").first()).isAttached();
		// the text alternative: one row per person, who they passed on to and received
		// from
		Locator nadiasRow = team.getByRole(AriaRole.TABLE)
			.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHas(team.getByRole(AriaRole.ROWHEADER,
					new Page.GetByRoleOptions().setName("Nadia Couture").setExact(true))));
		assertThat(nadiasRow.getByRole(AriaRole.CELL).first()).hasText("Julien Apprenti (Couture à la machine)");
		Locator juliensRow = team.getByRole(AriaRole.TABLE)
			.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHas(team.getByRole(AriaRole.ROWHEADER,
					new Page.GetByRoleOptions().setName("Julien Apprenti").setExact(true))));
		assertThat(juliensRow.getByRole(AriaRole.CELL).last()).hasText("Nadia Couture (Couture à la machine)");
		check(team, teamErrors);
		team.context().close();
	}

}
