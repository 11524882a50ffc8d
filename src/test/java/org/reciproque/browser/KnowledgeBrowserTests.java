package org.reciproque.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.reciproque.TestFixtures.Person;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.Format;
import org.reciproque.knowledge.KnowledgeCommand;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.knowledge.Mode;
import org.reciproque.member.MemberView;
import org.reciproque.network.NetworkSettings;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Offers and requests through the pages: the inventory noted in place with htmx, the
 * board and its filters (with and without JavaScript), its printed, projected and public
 * versions.
 */
class KnowledgeBrowserTests extends AbstractBrowserTests {

	private static final String INVENTORY = "Ce que je sais, ce que j'aimerais apprendre";

	private static final String OFFER_FORM = "Je sais, je pourrais transmettre…";

	private static final String REQUEST_FORM = "J'aimerais apprendre…";

	private static final String MORE = "Quelques mots de plus (facultatif)";

	/** A3 in PostScript points: 420 mm × 297 mm. */
	private static final double A3_LONG = 420 / 25.4 * 72;

	private static final double A3_SHORT = 297 / 25.4 * 72;

	@Autowired
	Knowledges knowledges;

	@Autowired
	Networks networks;

	@Test
	void memberNotesOffersAndRequestsInPlaceThenFindsThemOnTheBoard(Page page, BrowserSupport.PageErrors errors) {
		NetworkView network = this.fixtures.network();
		Person member = this.fixtures.person(network, NetworkRole.MEMBER, "Camille Durand");

		// From the network's page to the inventory
		signIn(page, member.account().email());
		page.navigate(url("/networks/" + network.slug()));
		checkSettled(page, errors);
		networkNav(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(INVENTORY)).click();
		assertThat(heading(page, INVENTORY)).isVisible();
		// htmx has set the page up
		page.waitForLoadState();
		Locator noted = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Déjà noté"));
		assertThat(noted.getByRole(AriaRole.LISTITEM)).hasText(new String[] { "Rien pour l'instant." });
		checkSettled(page, errors);
		String inventoryUrl = page.url();

		// From now on, nothing reloads the page: a mark left in it stays, and no
		// navigation request leaves
		page.evaluate("() => { window.inventoryMark = 'toujours là'; }");
		AtomicInteger navigations = new AtomicInteger();
		page.onRequest((request) -> {
			if (request.isNavigationRequest()) {
				navigations.incrementAndGet();
			}
		});

		// An offer in "Jardinage et nature"
		Locator garden = category(page, "Jardinage et nature");
		assertThat(noteForm(garden, OFFER_FORM)).isHidden();
		garden.locator("summary").click();
		Locator gardenOffer = noteForm(garden, OFFER_FORM);
		assertThat(gardenOffer).isVisible();
		checkSettled(page, errors);
		field(gardenOffer, noteLabel("Titre", "Jardinage et nature", Direction.OFFER))
			.fill("Faire pousser des tomates sur un balcon");
		field(gardenOffer, noteLabel(MORE, "Jardinage et nature", Direction.OFFER)).fill("Semis, tuteurs, arrosage.");
		gardenOffer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Noter")).click();
		assertThat(gardenOffer.getByRole(AriaRole.STATUS)).hasText("C'est noté ! Vous pouvez continuer.");
		assertThat(noted.getByRole(AriaRole.LISTITEM))
			.hasText(new String[] { "Offre Faire pousser des tomates sur un balcon" });
		// the form is ready for the next one, the cursor in it, and says it was noted
		assertThat(field(gardenOffer, noteLabel("Titre", "Jardinage et nature", Direction.OFFER))).isEmpty();
		assertThat(field(gardenOffer, noteLabel("Titre", "Jardinage et nature", Direction.OFFER))).isFocused();
		assertThat(field(gardenOffer, noteLabel("Titre", "Jardinage et nature", Direction.OFFER)))
			.hasAccessibleDescription("C'est noté ! Vous pouvez continuer.");
		assertThat(field(gardenOffer, noteLabel(MORE, "Jardinage et nature", Direction.OFFER))).isEmpty();
		checkSettled(page, errors);

		// A request in "Numérique", the garden still open
		Locator digital = category(page, "Numérique");
		digital.locator("summary").click();
		Locator digitalRequest = noteForm(digital, REQUEST_FORM);
		field(digitalRequest, noteLabel("Titre", "Numérique", Direction.REQUEST))
			.fill("Envoyer des photos à mes petits-enfants");
		digitalRequest.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Noter")).click();
		assertThat(digitalRequest.getByRole(AriaRole.STATUS)).hasText("C'est noté ! Vous pouvez continuer.");
		assertThat(noted.getByRole(AriaRole.LISTITEM)).hasCount(2);
		assertThat(noted.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText("Faire pousser des tomates sur un balcon")))
			.hasText("Offre Faire pousser des tomates sur un balcon");
		assertThat(noted.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText("Envoyer des photos à mes petits-enfants")))
			.hasText("Demande Envoyer des photos à mes petits-enfants");
		assertThat(noted.getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Envoyer des photos à mes petits-enfants")))
			.isVisible();
		assertThat(garden).hasAttribute("open", "");
		checkSettled(page, errors);

		// No title: the French error is next to the field, the description is kept
		Locator cooking = category(page, "Cuisine et alimentation");
		cooking.locator("summary").click();
		Locator cookingOffer = noteForm(cooking, OFFER_FORM);
		field(cookingOffer, noteLabel(MORE, "Cuisine et alimentation", Direction.OFFER))
			.fill("Le couscous de ma grand-mère, pour six.");
		cookingOffer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Noter")).click();
		Locator title = field(cookingOffer, noteLabel("Titre", "Cuisine et alimentation", Direction.OFFER));
		assertThat(title).hasAttribute("aria-invalid", "true");
		assertThat(title).hasAccessibleDescription("ne doit pas être vide");
		assertThat(cookingOffer.locator(".field-error")).hasText("ne doit pas être vide");
		assertThat(field(cookingOffer, noteLabel(MORE, "Cuisine et alimentation", Direction.OFFER)))
			.hasValue("Le couscous de ma grand-mère, pour six.");
		assertThat(title).isFocused();
		assertThat(cookingOffer.getByRole(AriaRole.STATUS)).hasCount(0);
		// nothing more was noted, the other categories are as they were
		assertThat(noted.getByRole(AriaRole.LISTITEM)).hasCount(2);
		assertThat(digital).hasAttribute("open", "");
		checkSettled(page, errors);

		// Corrected, it is noted too
		title.fill("Couscous");
		cookingOffer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Noter")).click();
		assertThat(cookingOffer.getByRole(AriaRole.STATUS)).hasText("C'est noté ! Vous pouvez continuer.");
		assertThat(noted.getByRole(AriaRole.LISTITEM)).hasCount(3);
		checkSettled(page, errors);

		// All of it without a single reload
		Assertions.assertThat(page.evaluate("() => window.inventoryMark")).isEqualTo("toujours là");
		Assertions.assertThat(navigations).hasValue(0);
		Assertions.assertThat(page.url()).isEqualTo(inventoryUrl);

		// On the board, with the member's short name
		page.navigate(url("/networks/" + network.slug()));
		networkNav(page)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tableau des offres et demandes"))
			.click();
		assertThat(page.locator(".board-summary")).hasText("2 offres et 1 demande");
		Locator tomatoes = boardItem(page, "Faire pousser des tomates sur un balcon");
		assertThat(tomatoes.locator("xpath=ancestor::section[1]").getByRole(AriaRole.HEADING).first())
			.hasText("Jardinage et nature");
		assertThat(tomatoes).containsText("Camille D.");
		assertThat(boardItem(page, "Envoyer des photos à mes petits-enfants")
			.locator("xpath=ancestor::div[contains(@class,'board-side')][1]")
			.getByRole(AriaRole.HEADING)).hasText("Demandes");
		assertThat(boardItem(page, "Couscous")).isVisible();
		checkSettled(page, errors);

		// and each leads to its page, with its description
		link(page, "Faire pousser des tomates sur un balcon").click();
		assertThat(heading(page, "Faire pousser des tomates sur un balcon")).isVisible();
		assertThat(page.getByText("Semis, tuteurs, arrosage.")).isVisible();
		assertThat(page.getByText("Jardinage et nature", new Page.GetByTextOptions().setExact(true))).isVisible();
		checkSettled(page, errors);
	}

	@Test
	void animatorFillsInTheInventoryOfAMemberWithoutAccount(Page page, BrowserSupport.PageErrors errors,
			Browser browser) throws Exception {
		NetworkView network = this.fixtures.network();
		Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Nadia Benali");
		Person member = this.fixtures.person(network, NetworkRole.MEMBER, "Julien Moreau");
		MemberView fatou = this.fixtures.withoutAccount(network, animator, "Fatou Diallo", null, null);

		signIn(page, animator.account().email());
		page.navigate(url("/networks/" + network.slug() + "/inventory?member=" + fatou.id()));
		assertThat(heading(page, INVENTORY)).isVisible();
		assertThat(page.getByText("Vous écrivez pour Fatou Diallo.")).isVisible();
		checkSettled(page, errors);

		Locator languages = category(page, "Langues");
		languages.locator("summary").click();
		Locator offer = noteForm(languages, OFFER_FORM);
		field(offer, noteLabel("Titre", "Langues", Direction.OFFER)).fill("Parler le wolof au quotidien");
		offer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Noter")).click();
		assertThat(offer.getByRole(AriaRole.STATUS)).hasText("C'est noté ! Vous pouvez continuer.");
		Locator noted = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Déjà noté"));
		assertThat(noted.getByRole(AriaRole.LISTITEM)).hasText(new String[] { "Offre Parler le wolof au quotidien" });
		// still writing for Fatou (the form posts with ?member=)
		Assertions.assertThat(page.url()).endsWith("?member=" + fatou.id());
		checkSettled(page, errors);
		// noted for her, not for the animator
		Assertions.assertThat(this.knowledges.ofMember(fatou.id()))
			.extracting(KnowledgeView::title)
			.containsExactly("Parler le wolof au quotidien");
		Assertions.assertThat(this.knowledges.ofMember(animator.member().id())).isEmpty();

		// The animator sees her full name on the board, and may export it
		page.navigate(url("/networks/" + network.slug() + "/board"));
		assertThat(boardItem(page, "Parler le wolof au quotidien").locator(".board-author")).hasText("Fatou Diallo");
		checkSettled(page, errors);
		Download download = page.waitForDownload(() -> link(page, "Exporter le tableau (CSV)").click());
		Assertions.assertThat(download.suggestedFilename()).isEqualTo("tableau-" + network.slug() + ".csv");
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		Assertions.assertThat(csv).contains("\"Parler le wolof au quotidien\"").contains("\"Fatou Diallo\"");

		// A plain member sees only her first name and initial, even in the page's source
		Page memberWindow = otherWindow(browser);
		BrowserSupport.PageErrors memberErrors = BrowserSupport.collectErrors(memberWindow);
		try {
			signIn(memberWindow, member.account().email());
			memberWindow.navigate(url("/networks/" + network.slug() + "/board"));
			assertThat(boardItem(memberWindow, "Parler le wolof au quotidien").locator(".board-author"))
				.hasText("Fatou D.");
			Assertions.assertThat(memberWindow.content()).doesNotContain("Diallo");
			assertThat(link(memberWindow, "Exporter le tableau (CSV)")).hasCount(0);
			check(memberWindow, memberErrors);

			// nor can that member fill in her inventory
			var refused = memberWindow.navigate(url("/networks/" + network.slug() + "/inventory?member=" + fatou.id()));
			Assertions.assertThat(refused.status()).isEqualTo(403);
			expectErrorStatus(memberWindow, memberErrors, 403);
			assertThat(heading(memberWindow, "Accès refusé")).isVisible();
			check(memberWindow, memberErrors);
		}
		finally {
			memberWindow.context().close();
		}
	}

	@Test
	void boardFiltersRefreshTheListInPlaceAndLeadToMatches(Page page, BrowserSupport.PageErrors errors,
			Browser browser) {
		Board board = seedBoard();
		signIn(page, board.member().account().email());
		page.navigate(url("/networks/" + board.network().slug() + "/board"));
		Locator rows = page.locator("#board-rows");
		assertThat(rows.locator(".board-summary")).hasText("3 offres et 3 demandes");
		checkSettled(page, errors);
		page.evaluate("() => { window.boardMark = 'toujours là'; }");

		// A category: the list is refreshed by htmx, and the address follows
		field(page, "Catégories").selectOption(new SelectOption().setLabel("Cuisine et alimentation (tout le thème)"));
		assertThat(rows.locator(".board-summary")).hasText("1 offre et 1 demande");
		assertThat(rows).containsText("Cuisine marocaine");
		assertThat(rows).containsText("Faire son pain au levain");
		assertThat(rows).not().containsText("crevaisons");
		assertThat(rows.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
			.hasText(new String[] { "Cuisine et alimentation" });
		assertThat(page).hasURL(Pattern.compile("/board\\?(.*&)?category=cuisine(&|$)"));
		checkSettled(page, errors);

		// Requests only, within it
		field(page, "Offres ou demandes").selectOption(new SelectOption().setLabel("Demandes"));
		assertThat(rows.locator(".board-summary")).hasText("aucune offre et 1 demande");
		assertThat(rows).containsText("Faire son pain au levain");
		assertThat(rows).not().containsText("Cuisine marocaine");
		assertThat(page).hasURL(Pattern.compile("direction=REQUEST"));
		assertThat(page).hasURL(Pattern.compile("category=cuisine"));
		checkSettled(page, errors);

		// Remote: what is remote, or either
		field(page, "Catégories").selectOption(new SelectOption().setLabel("Toutes"));
		field(page, "Offres ou demandes").selectOption(new SelectOption().setLabel("Les deux"));
		field(page, "En présence ou à distance").selectOption(new SelectOption().setLabel("À distance"));
		assertThat(rows.locator(".board-summary")).hasText("1 offre et 1 demande");
		assertThat(boardItem(page, "Appeler sa famille en visio")).isVisible();
		assertThat(boardItem(page, "Remplir sa déclaration en ligne")).isVisible();
		assertThat(page).hasURL(Pattern.compile("mode=REMOTE"));
		checkSettled(page, errors);

		// Back to everything, then words: "velo" finds "vélo" and "bicyclette"
		field(page, "En présence ou à distance").selectOption(new SelectOption().setLabel("Toutes"));
		assertThat(rows.locator(".board-summary")).hasText("3 offres et 3 demandes");
		List<String> sent = new CopyOnWriteArrayList<>();
		page.onRequest((request) -> {
			if (request.url().contains("/board?")) {
				sent.add(request.url());
			}
		});
		field(page, "Mots").fill("velo");
		field(page, "Mots").press("Enter");
		assertThat(page).hasURL(Pattern.compile("q=velo"));
		assertThat(rows.locator(".board-summary")).hasText("1 offre et 1 demande");
		// Enter sends the form once (the words' change does not send it again)
		checkSettled(page, errors);
		Assertions.assertThat(sent).hasSize(1);
		assertThat(boardItem(page, "Réparer les crevaisons de vélo")).isVisible();
		assertThat(boardItem(page, "Régler les freins de ma bicyclette")).isVisible();
		assertThat(rows).not().containsText("Cuisine marocaine");
		checkSettled(page, errors);
		// all of it in place
		Assertions.assertThat(page.evaluate("() => window.boardMark")).isEqualTo("toujours là");

		// A possible match leads to the matched item, which is highlighted
		Locator repair = boardItem(page, "Réparer les crevaisons de vélo");
		Locator matches = repair.locator(".board-matches");
		assertThat(matches).containsText("Correspondances possibles");
		matches.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Régler les freins de ma bicyclette"))
			.click();
		String target = "item-" + board.brakes().id();
		assertThat(page).hasURL(Pattern.compile("#" + target + "$"));
		Assertions.assertThat(page.evaluate("() => document.querySelector(':target')?.id")).isEqualTo(target);
		Locator brakes = page.locator("#" + target);
		assertThat(brakes).containsText("Régler les freins de ma bicyclette");
		assertThat(brakes).isInViewport();
		assertThat(brakes).hasCSS("background-color", "rgb(255, 244, 214)");
		assertThat(repair).not().hasCSS("background-color", "rgb(255, 244, 214)");
		checkSettled(page, errors);

		// Without JavaScript, the same form filters by loading the page
		BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
			.setTimezoneId("Europe/Paris")
			.setJavaScriptEnabled(false));
		noScript.setDefaultTimeout(10_000);
		try {
			Page plain = noScript.newPage();
			BrowserSupport.PageErrors plainErrors = BrowserSupport.collectErrors(plain);
			signIn(plain, board.member().account().email());
			plain.navigate(url("/networks/" + board.network().slug() + "/board"));
			Locator plainRows = plain.locator("#board-rows");
			assertThat(plainRows.locator(".board-summary")).hasText("3 offres et 3 demandes");
			field(plain, "Catégories")
				.selectOption(new SelectOption().setLabel("Cuisine et alimentation (tout le thème)"));
			field(plain, "Manière d'échanger").selectOption(new SelectOption().setLabel("En groupe"));
			button(plain, "Filtrer").click();
			assertThat(plain).hasURL(Pattern.compile("/board\\?(.*&)?category=cuisine(&|$)"));
			assertThat(plain).hasURL(Pattern.compile("format=GROUP"));
			assertThat(plainRows.locator(".board-summary")).hasText("1 offre et aucune demande");
			assertThat(plainRows).containsText("Cuisine marocaine");
			assertThat(plainRows).not().containsText("Faire son pain au levain");
			// the choices are kept in the form
			assertThat(field(plain, "Catégories")).hasValue("cuisine");
			assertThat(field(plain, "Manière d'échanger")).hasValue("GROUP");
			checkWithoutScript(plain, plainErrors, page, errors);

			// and words, by pressing Enter
			field(plain, "Catégories").selectOption(new SelectOption().setLabel("Toutes"));
			field(plain, "Manière d'échanger").selectOption(new SelectOption().setLabel("Toutes"));
			field(plain, "Mots").fill("bicyclette");
			field(plain, "Mots").press("Enter");
			assertThat(plain).hasURL(Pattern.compile("q=bicyclette"));
			assertThat(plainRows.locator(".board-summary")).hasText("1 offre et 1 demande");
			assertThat(plainRows).containsText("Réparer les crevaisons de vélo");
			checkWithoutScript(plain, plainErrors, page, errors);
		}
		finally {
			noScript.close();
		}
	}

	@Test
	void aBigBoardComesFoldedByCategoryAndOpensWithOrWithoutJavaScript(Page page, BrowserSupport.PageErrors errors,
			Browser browser) {
		Board board = seedBoard();
		NetworkScope scope = new NetworkScope(board.network().id(), board.network().slug(), board.network().name(),
				null, NetworkRole.ADMIN);
		for (int i = 0; i < 300; i++) {
			this.knowledges.create(scope, board.member().member().id(),
					command((i % 2 == 0) ? Direction.OFFER : Direction.REQUEST, "Recette de famille n° " + i,
							(i % 3 == 0) ? "cuisine/patisserie" : "jardinage", Format.GROUP, Mode.IN_PERSON));
		}
		signIn(page, board.member().account().email());
		page.navigate(url("/networks/" + board.network().slug() + "/board"));
		Locator rows = page.locator("#board-rows");
		assertThat(rows.locator(".board-summary")).hasText("153 offres et 153 demandes");
		// Each category says what it holds, without its items
		Locator repairs = rows.getByRole(AriaRole.REGION,
				new Locator.GetByRoleOptions().setName("Bricolage et réparations"));
		assertThat(repairs.locator("summary")).hasText("Afficher 1 offre et 1 demande");
		assertThat(page.locator("li.board-item")).hasCount(0);
		checkSettled(page, errors);

		// Opened, a category shows its items, and its matches lead to each other
		repairs.locator("summary").click();
		Locator repair = boardItem(page, "Réparer les crevaisons de vélo");
		assertThat(repair).isVisible();
		assertThat(page.locator("li.board-item")).hasCount(2);
		repair.locator(".board-matches")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Régler les freins de ma bicyclette"))
			.click();
		assertThat(page).hasURL(Pattern.compile("#item-" + board.brakes().id() + "$"));
		checkSettled(page, errors);

		// Without JavaScript, an opened category offers the page of that category alone
		BrowserContext noScript = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
			.setTimezoneId("Europe/Paris")
			.setJavaScriptEnabled(false));
		noScript.setDefaultTimeout(10_000);
		try {
			Page plain = noScript.newPage();
			BrowserSupport.PageErrors plainErrors = BrowserSupport.collectErrors(plain);
			signIn(plain, board.member().account().email());
			plain.navigate(url("/networks/" + board.network().slug() + "/board"));
			Locator plainRepairs = plain.locator("#board-rows")
				.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Bricolage et réparations"));
			plainRepairs.locator("summary").click();
			plainRepairs
				.getByRole(AriaRole.LINK,
						new Locator.GetByRoleOptions().setName("Voir seulement ce thème : Bricolage et réparations"))
				.click();
			assertThat(plain).hasURL(Pattern.compile("/board\\?category=bricolage$"));
			assertThat(boardItem(plain, "Réparer les crevaisons de vélo")).isVisible();
			assertThat(boardItem(plain, "Régler les freins de ma bicyclette")).isVisible();
			checkWithoutScript(plain, plainErrors, page, errors);
		}
		finally {
			noScript.close();
		}
	}

	@Test
	void printViewHasNoNavigationAndPrintsOnA3Landscape(Page page, BrowserSupport.PageErrors errors) {
		Board board = seedBoard();
		signIn(page, board.member().account().email());
		page.navigate(url("/networks/" + board.network().slug() + "/board"));
		check(page, errors);

		link(page, "Version à imprimer (A3)").click();
		assertThat(page)
			.hasURL(Pattern.compile("/networks/" + board.network().slug() + "/board/print(\\?category=)?$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText("Tableau des offres et demandes — Réseau de test");
		assertThat(page.getByRole(AriaRole.NAVIGATION)).hasCount(0);
		assertThat(page.locator("header, footer, .site-header")).hasCount(0);
		assertThat(button(page, "Se déconnecter")).hasCount(0);
		assertThat(page.locator("script")).hasCount(0);
		for (String title : board.titles()) {
			assertThat(page.getByText(title, new Page.GetByTextOptions().setExact(true))).isVisible();
		}
		assertThat(page.getByText("Cuisine marocaine", new Page.GetByTextOptions().setExact(true)).locator("xpath=.."))
			.containsText("— Julien M.");
		assertThat(link(page, "Retour au tableau")).isVisible();
		check(page, errors);

		// For the printer: the way back is not printed
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(link(page, "Retour au tableau")).isHidden();
		assertThat(page.getByText("Cuisine marocaine", new Page.GetByTextOptions().setExact(true))).isVisible();
		check(page, errors);
		byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
		Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		List<double[]> boxes = mediaBoxes(pdf);
		Assertions.assertThat(boxes).isNotEmpty();
		for (double[] box : boxes) {
			double width = box[2] - box[0];
			double height = box[3] - box[1];
			Assertions.assertThat(width).as("landscape: wider than high").isGreaterThan(height);
			Assertions.assertThat(width).as("A3 width").isCloseTo(A3_LONG, Offset.offset(2.0));
			Assertions.assertThat(height).as("A3 height").isCloseTo(A3_SHORT, Offset.offset(2.0));
		}
	}

	@Test
	void projectionViewIsLegibleAndShowsTheItems(Page page, BrowserSupport.PageErrors errors) {
		Board board = seedBoard();
		signIn(page, board.member().account().email());
		page.navigate(url("/networks/" + board.network().slug() + "/board"));
		check(page, errors);

		link(page, "Version à projeter").click();
		assertThat(page).hasURL(Pattern.compile("/board/projection(\\?category=)?$"));
		assertThat(heading(page, "Tableau des offres et demandes — Réseau de test")).isVisible();
		assertThat(page.getByRole(AriaRole.NAVIGATION)).hasCount(0);
		assertThat(button(page, "Se déconnecter")).hasCount(0);
		for (String title : board.titles()) {
			assertThat(page.getByText(title, new Page.GetByTextOptions().setExact(true))).isVisible();
		}
		assertThat(heading(page, "Réparation et entretien de vélo")).hasCount(0);
		assertThat(heading(page, "Bricolage et réparations")).isVisible();
		// the matched repair and brakes are marked
		assertThat(page.getByText("Réparer les crevaisons de vélo", new Page.GetByTextOptions().setExact(true))
			.locator("xpath=..")).containsText("1 correspondance");
		// large type on a dark background
		assertThat(page.locator("body")).hasCSS("background-color", "rgb(0, 0, 0)");
		check(page, errors);

		// and back
		link(page, "Retour au tableau").click();
		assertThat(page.locator(".board-summary")).hasText("3 offres et 3 demandes");
		check(page, errors);
	}

	@Test
	void publishedBoardIsOpenToVisitorsWithoutNamesAndAnUnpublishedOneIsNot(Page page,
			BrowserSupport.PageErrors errors) {
		Board published = seedBoard();
		NetworkView network = published.network();
		this.networks.update(network.slug(), network.settings().withBoardPublic(true));
		Board unpublished = seedBoard();

		// A visitor, not signed in, finds the board on the network's page
		page.navigate(url("/networks/" + network.slug()));
		check(page, errors);
		link(page, "Tableau des offres et demandes").click();
		assertThat(page).hasURL(Pattern.compile("/networks/" + network.slug() + "/board$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Tableau des offres et demandes — Réseau de test");
		assertThat(page.getByText("Ce réseau publie son tableau pour les visiteurs, sans aucun nom.",
				new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		for (String title : published.titles()) {
			assertThat(boardItem(page, title)).isVisible();
		}
		// no link to the items' pages, which are for members
		assertThat(page.locator("#board-rows a[href*='/knowledge/']")).hasCount(0);
		assertThat(page.locator(".board-author")).hasCount(0);
		Assertions.assertThat(page.content()).doesNotContain("Fatou", "Diallo", "Julien", "Moreau", "Nadia", "Benali");
		assertThat(link(page, INVENTORY)).hasCount(0);
		assertThat(link(page, "Exporter le tableau (CSV)")).hasCount(0);
		assertThat(link(page, "Se connecter")).isVisible();
		check(page, errors);

		// the filters work for them too
		field(page, "Catégories").selectOption(new SelectOption().setLabel("Cuisine et alimentation (tout le thème)"));
		assertThat(page.locator(".board-summary")).hasText("1 offre et 1 demande");
		assertThat(page).hasURL(Pattern.compile("category=cuisine"));
		check(page, errors);

		// and so does the print view, without names either
		link(page, "Version à imprimer (A3)").click();
		assertThat(page.getByText("Cuisine marocaine", new Page.GetByTextOptions().setExact(true))).isVisible();
		Assertions.assertThat(page.content()).doesNotContain("Julien", "Fatou");
		check(page, errors);

		// An unpublished board is not offered on the network's page, and its address
		// sends the visitor to the login page
		page.navigate(url("/networks/" + unpublished.network().slug()));
		assertThat(heading(page, "Réseau de test")).isVisible();
		assertThat(link(page, "Tableau des offres et demandes")).hasCount(0);
		check(page, errors);
		page.navigate(url("/networks/" + unpublished.network().slug() + "/board"));
		assertThat(page).hasURL(Pattern.compile("/login$"));
		assertThat(heading(page, "Se connecter")).isVisible();
		Assertions.assertThat(page.content()).doesNotContain("Cuisine marocaine");
		check(page, errors);
	}

	/**
	 * {@link #check} once htmx is done: no request in flight, nothing being swapped or
	 * settled (during a request, the filter button is faded on purpose).
	 */
	private static void checkSettled(Page page, BrowserSupport.PageErrors errors) {
		page.waitForFunction("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
		check(page, errors);
	}

	/**
	 * axe-core cannot run where scripts are off (its checks wait on timers): the page a
	 * window without JavaScript was served is checked as served again to a window with
	 * JavaScript, signed in as the same person; then the errors of both are checked.
	 */
	private static void checkWithoutScript(Page plain, BrowserSupport.PageErrors plainErrors, Page scripted,
			BrowserSupport.PageErrors scriptedErrors) {
		scripted.navigate(plain.url());
		Assertions.assertThat(scripted.locator("#board-rows").innerText())
			.isEqualTo(plain.locator("#board-rows").innerText());
		check(scripted, scriptedErrors);
		plainErrors.assertNone();
	}

	/** The network page's own navigation. */
	private static Locator networkNav(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Dans ce réseau"));
	}

	/** The {@code <details>} of a category of the inventory, by its visible name. */
	private static Locator category(Page page, String label) {
		return page.locator("details.inventory-category")
			.filter(new Locator.FilterOptions()
				.setHas(page.locator("summary", new Page.LocatorOptions().setHasText(exactly(label)))));
	}

	/** One of the two note forms of a category, by its heading. */
	private static Locator noteForm(Locator category, String heading) {
		return category.locator("form")
			.filter(new Locator.FilterOptions().setHas(category.page()
				.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading).setExact(true))));
	}

	/**
	 * The accessible name of a field of a note form: its visible label, then the category
	 * and the side it belongs to (each category has two forms with the same fields).
	 */
	private static String noteLabel(String label, String category, Direction direction) {
		return label + " — " + category + ", "
				+ ((direction == Direction.OFFER) ? "ce que je sais" : "ce que j'aimerais apprendre");
	}

	/** The entry of the board whose title is this. */
	private static Locator boardItem(Page page, String title) {
		return page.locator("li.board-item")
			.filter(new Locator.FilterOptions()
				.setHas(page.locator(".board-item-title", new Page.LocatorOptions().setHasText(exactly(title)))));
	}

	/**
	 * A pattern for exactly this text (a JavaScript RegExp in the browser: no
	 * {@code \Q...\E}).
	 */
	private static Pattern exactly(String text) {
		return Pattern.compile("^" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "$");
	}

	/** The page sizes of a PDF: each {@code /MediaBox [x0 y0 x1 y1]} in its bytes. */
	private static List<double[]> mediaBoxes(byte[] pdf) {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		Matcher matcher = Pattern
			.compile("/MediaBox\\s*\\[\\s*(-?[\\d.]+)\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)\\s*\\]")
			.matcher(text);
		List<double[]> boxes = new ArrayList<>();
		while (matcher.find()) {
			boxes.add(new double[] { Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)),
					Double.parseDouble(matcher.group(3)), Double.parseDouble(matcher.group(4)) });
		}
		return boxes;
	}

	/**
	 * A network with a few offers and requests in three categories, written by an
	 * animator for a person without account and by a plain member.
	 */
	private Board seedBoard() {
		NetworkView network = this.fixtures.network();
		Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Nadia Benali");
		Person member = this.fixtures.person(network, NetworkRole.MEMBER, "Julien Moreau");
		MemberView fatou = this.fixtures.withoutAccount(network, animator, "Fatou Diallo", null, null);
		NetworkScope scope = new NetworkScope(network.id(), network.slug(), network.name(), animator.member().id(),
				NetworkRole.ANIMATOR);
		this.knowledges.create(scope, fatou.id(), command(Direction.OFFER, "Réparer les crevaisons de vélo",
				"bricolage/velo", Format.ONE_TO_ONE, Mode.IN_PERSON));
		KnowledgeView brakes = this.knowledges.create(scope, member.member().id(), command(Direction.REQUEST,
				"Régler les freins de ma bicyclette", "bricolage/velo", Format.ONE_TO_ONE, Mode.IN_PERSON));
		this.knowledges.create(scope, member.member().id(),
				command(Direction.OFFER, "Cuisine marocaine", "cuisine", Format.GROUP, Mode.IN_PERSON));
		this.knowledges.create(scope, fatou.id(), command(Direction.REQUEST, "Faire son pain au levain", "cuisine/pain",
				Format.ONE_TO_ONE, Mode.IN_PERSON));
		this.knowledges.create(scope, member.member().id(), command(Direction.OFFER, "Appeler sa famille en visio",
				"numerique/reseaux-sociaux", Format.ONE_TO_ONE, Mode.REMOTE));
		this.knowledges.create(scope, fatou.id(), command(Direction.REQUEST, "Remplir sa déclaration en ligne",
				"numerique/demarches-en-ligne", Format.GROUP, Mode.BOTH));
		return new Board(network, member, brakes);
	}

	private static KnowledgeCommand command(Direction direction, String title, String category, Format format,
			Mode mode) {
		return new KnowledgeCommand(direction, title, null, List.of(category), null, Set.of(format), mode, null, null,
				null, null, null, null);
	}

	/**
	 * A seeded network, a plain member of it, and the request the repair offer matches.
	 */
	private record Board(NetworkView network, Person member, KnowledgeView brakes) {

		List<String> titles() {
			return List.of("Réparer les crevaisons de vélo", "Régler les freins de ma bicyclette", "Cuisine marocaine",
					"Faire son pain au levain", "Appeler sa famille en visio", "Remplir sa déclaration en ligne");
		}

	}

}
