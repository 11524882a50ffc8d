package org.reciproque.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.reciproque.TestFixtures;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeCommand;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.knowledge.Visibility;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Searching with and without htmx, adapting the category tree, and rebuilding the index,
 * in a real browser: accessible pages, no script or CSP error.
 */
class SearchBrowserTests extends AbstractBrowserTests {

	@Autowired
	Knowledges knowledges;

	@Test
	void shouldRefreshResultsWhileTyping(Page page, BrowserSupport.PageErrors errors) {
		NetworkView network = this.fixtures.network();
		TestFixtures.Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Alix Animatrice");
		create(network, animator, Direction.OFFER, "Tricot pour débutants", "couture/tricot-crochet");
		create(network, animator, Direction.REQUEST, "Réparer son vélo", "bricolage/velo");

		signIn(page, animator.account().email());
		page.navigate(url("/networks/" + network.slug() + "/search"));
		assertThat(heading(page, "Rechercher un savoir")).isVisible();
		check(page, errors);

		field(page, "Mots recherchés").pressSequentially("tricoter");
		Locator results = page.locator("#results");
		assertThat(results.getByText("Un résultat")).isVisible();
		assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tricot pour débutants")))
			.isVisible();
		assertThat(results.getByText("Réparer son vélo")).not().isVisible();
		assertThat(page).hasURL(Pattern.compile("q=tricoter"));
		check(page, errors);

		// A facet narrows the results and the form keeps the filter.
		field(page, "Mots recherchés").fill("");
		field(page, "Mots recherchés").press("Enter");
		assertThat(results.getByText("2 résultats")).isVisible();
		link(page, "Demandes (1)").click();
		assertThat(results.getByText("Un résultat")).isVisible();
		assertThat(results.getByText("Réparer son vélo")).isVisible();
		assertThat(field(page, "Offres ou demandes")).hasValue("REQUEST");
		check(page, errors);
	}

	@Test
	void shouldLetTheAnimationTeamRenameACategory(Page page, BrowserSupport.PageErrors errors) {
		NetworkView network = this.fixtures.network();
		TestFixtures.Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Alix Animatrice");
		signIn(page, animator.account().email());
		page.navigate(url("/networks/" + network.slug() + "/categories"));
		check(page, errors);
		link(page, "Modifier « Tricot et crochet »").click();
		assertThat(heading(page, "Modifier « Tricot et crochet »")).isVisible();
		check(page, errors);

		field(page, "Nom de la catégorie").first().fill("");
		button(page, "Renommer").click();
		assertThat(page.getByText("Indiquez le nom de la catégorie.")).isVisible();
		check(page, errors);

		field(page, "Nom de la catégorie").first().fill("Tricot, crochet et macramé");
		button(page, "Renommer").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tricot, crochet et macramé");
		check(page, errors);
	}

	@Test
	void shouldShowTheRebuildUntilItEnds(Page page, BrowserSupport.PageErrors errors) {
		AccountPrincipal admin = this.fixtures.platformAdmin();
		signIn(page, admin.email());
		page.navigate(url("/admin/search"));
		assertThat(heading(page, "Index de recherche")).isVisible();
		check(page, errors);
		button(page, "Reconstruire l'index").click();
		assertThat(page.getByText("L'index est reconstruit.")).isVisible();
		assertThat(page.getByText("L'index contient toutes les annonces.")).isVisible();
		check(page, errors);
	}

	private void create(NetworkView network, TestFixtures.Person author, Direction direction, String title,
			String category) {
		NetworkScope scope = new NetworkScope(network.id(), network.slug(), network.name(), author.member().id(),
				NetworkRole.ANIMATOR);
		this.knowledges.create(scope, author.member().id(), new KnowledgeCommand(direction, title, null,
				List.of(category), null, null, null, null, null, null, null, Visibility.NETWORK, null));
	}

}
