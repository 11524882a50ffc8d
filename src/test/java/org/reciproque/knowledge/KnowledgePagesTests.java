package org.reciproque.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.member.MemberView;
import org.reciproque.network.NetworkSettings;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class KnowledgePagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Knowledges knowledges;

	@Autowired
	Networks networks;

	NetworkView network;

	Person animator;

	Person member;

	MemberView fatou;

	@BeforeEach
	void setUp() {
		this.network = this.fixtures.network();
		this.animator = this.fixtures.person(this.network, NetworkRole.ANIMATOR, "Nadia Benali");
		this.member = this.fixtures.person(this.network, NetworkRole.MEMBER, "Julien Moreau");
		this.fatou = this.fixtures.withoutAccount(this.network, this.animator, "Fatou Diallo", null, null);
		NetworkScope scope = new NetworkScope(this.network.id(), this.network.slug(), this.network.name(),
				this.animator.member().id(), NetworkRole.ANIMATOR);
		this.knowledges.create(scope, this.fatou.id(),
				command(Direction.OFFER, "Réparer les crevaisons de vélo", "bricolage/velo", Format.ONE_TO_ONE));
		this.knowledges.create(scope, this.member.member().id(),
				command(Direction.REQUEST, "Apprendre à réparer mon vélo", "bricolage/velo", Format.GROUP));
		this.knowledges.create(scope, this.member.member().id(),
				command(Direction.OFFER, "Cuisine marocaine", "cuisine", Format.GROUP));
	}

	@Test
	void shouldShowTheBoardSideBySideWithMatches() {
		assertThat(this.mvc.get().uri("/networks/{slug}/board", this.network.slug()).with(this.member.auth()))
			.hasStatusOk()
			.bodyText()
			.contains("Réparation et entretien de vélo", "Cuisine et alimentation")
			.contains("Réparer les crevaisons de vélo", "Apprendre à réparer mon vélo")
			.contains("Correspondances possibles")
			.contains("Fatou D.")
			.doesNotContain("Fatou Diallo")
			.contains("2 offres et 1 demande");
		assertThat(this.mvc.get().uri("/networks/{slug}/board", this.network.slug()).with(this.animator.auth()))
			.bodyText()
			.contains("Fatou Diallo");
	}

	@Test
	void shouldFilterTheBoard() {
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/board?direction=REQUEST", this.network.slug())
			.with(this.member.auth())).bodyText()
			.contains("Apprendre à réparer mon vélo")
			.doesNotContain("Cuisine marocaine");
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/board?category=cuisine", this.network.slug())
			.with(this.member.auth())).bodyText().contains("Cuisine marocaine").doesNotContain("crevaisons");
		assertThat(
				this.mvc.get().uri("/networks/{slug}/board?format=GROUP", this.network.slug()).with(this.member.auth()))
			.bodyText()
			.contains("Cuisine marocaine")
			.doesNotContain("crevaisons");
		assertThat(
				this.mvc.get().uri("/networks/{slug}/board?q=bicyclette", this.network.slug()).with(this.member.auth()))
			.bodyText()
			.contains("crevaisons")
			.doesNotContain("Cuisine marocaine");
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/board?q=marocaine", this.network.slug())
			.header("HX-Request", "true")
			.with(this.member.auth())).bodyText()
			.contains("Cuisine marocaine")
			.doesNotContain("<html")
			.contains("id=\"board-rows\"");
	}

	@Test
	void shouldShowThePublishedBoardToVisitorsWithoutNames() {
		assertThat(this.mvc.get().uri("/networks/{slug}/board", this.network.slug())).hasStatus3xxRedirection();
		this.networks.update(this.network.slug(), this.network.settings().withBoardPublic(true));
		assertThat(this.mvc.get().uri("/networks/{slug}/board", this.network.slug())).hasStatusOk()
			.bodyText()
			.contains("Cuisine marocaine")
			.doesNotContain("Fatou", "Julien", "Nadia")
			.doesNotContain("/knowledge/");
		assertThat(this.mvc.get().uri("/networks/{slug}/board/print", this.network.slug())).hasStatusOk()
			.bodyText()
			.doesNotContain("Fatou");
	}

	@Test
	void shouldRefuseTheBoardToMembersOfOtherNetworks() {
		Person outsider = this.fixtures.person(this.fixtures.network(), NetworkRole.ADMIN, "Ailleurs");
		assertThat(this.mvc.get().uri("/networks/{slug}/board", this.network.slug()).with(outsider.auth()))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/networks/{slug}/board.csv", this.network.slug()).with(outsider.auth()))
			.hasStatus(403);
	}

	@Test
	void shouldPrintAndProjectWithoutNavigation() {
		assertThat(this.mvc.get().uri("/networks/{slug}/board/print", this.network.slug()).with(this.member.auth()))
			.hasStatusOk()
			.bodyText()
			.contains("board-print.css", "Réparer les crevaisons de vélo")
			.doesNotContain("site-header");
		assertThat(
				this.mvc.get().uri("/networks/{slug}/board/projection", this.network.slug()).with(this.member.auth()))
			.hasStatusOk()
			.bodyText()
			.contains("board-projection.css", "1 correspondance")
			.doesNotContain("site-header");
	}

	@Test
	void shouldExportCsvForAnimatorsOnly() throws Exception {
		var result = this.mvc.get()
			.uri("/networks/{slug}/board.csv", this.network.slug())
			.with(this.animator.auth())
			.exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"Sens\";\"Titre\"")
			.contains("\"Offre\";\"Réparer les crevaisons de vélo\"")
			.contains("\"Fatou Diallo\"");
		assertThat(this.mvc.get().uri("/networks/{slug}/board.csv", this.network.slug()).with(this.member.auth()))
			.hasStatus(403);
	}

	@Test
	void shouldDefuseSpreadsheetFormulas() {
		assertThat(BoardCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(BoardCsv.cell("Tricot")).isEqualTo("\"Tricot\"");
	}

	@Test
	void shouldNoteSeveralItemsInOneSittingWithHtmx() {
		assertThat(this.mvc.get().uri("/networks/{slug}/inventory", this.network.slug()).with(this.member.auth()))
			.hasStatusOk()
			.bodyText()
			.contains("Ce que je sais, ce que j&#39;aimerais apprendre")
			.contains("Savez-vous");
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/inventory", this.network.slug())
			.header("HX-Request", "true")
			.with(this.member.auth())
			.with(csrf())
			.param("direction", "OFFER")
			.param("category", "jardinage")
			.param("title", "Faire pousser des tomates")).hasStatusOk()
			.bodyText()
			.doesNotContain("<html")
			.contains("C&#39;est noté")
			.contains("hx-swap-oob")
			.contains("Faire pousser des tomates");
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/inventory", this.network.slug())
			.header("HX-Request", "true")
			.with(this.member.auth())
			.with(csrf())
			.param("direction", "REQUEST")
			.param("category", "jardinage")
			.param("title", "")
			.param("description", "quelques mots gardes")).hasStatusOk()
			.bodyText()
			.contains("field-error")
			.contains("quelques mots gardes");
		assertThat(this.knowledges.ofMember(this.member.member().id())).extracting(KnowledgeView::title)
			.contains("Faire pousser des tomates");
	}

	@Test
	void shouldNameEachInventoryFieldByItsCategoryAndSide() {
		assertThat(this.mvc.get().uri("/networks/{slug}/inventory", this.network.slug()).with(this.member.auth()))
			.hasStatusOk()
			.bodyText()
			.contains(
					"<label for=\"cuisine-OFFER-title\">Titre<span class=\"visually-hidden\"> — Cuisine et alimentation, ce que je sais</span></label>")
			.contains(
					"<label for=\"cuisine-REQUEST-title\">Titre<span class=\"visually-hidden\"> — Cuisine et alimentation, ce que j&#39;aimerais apprendre</span></label>")
			.contains(
					"<label for=\"jardinage-OFFER-description\">Quelques mots de plus (facultatif)<span class=\"visually-hidden\"> — Jardinage et nature, ce que je sais</span></label>");
	}

	@Test
	void shouldShowDescriptionErrorsOfAnInventoryNote() {
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/inventory", this.network.slug())
			.header("HX-Request", "true")
			.with(this.member.auth())
			.with(csrf())
			.param("direction", "REQUEST")
			.param("category", "jardinage")
			.param("title", "Tailler les rosiers")
			.param("description", "x".repeat(4001))).hasStatusOk()
			.bodyText()
			.contains("id=\"jardinage-REQUEST-description-error\"")
			.contains("aria-describedby=\"jardinage-REQUEST-description-error\"")
			.contains("4000")
			.doesNotContain("id=\"jardinage-REQUEST-title-error\"")
			.contains("Tailler les rosiers");
		assertThat(this.knowledges.ofMember(this.member.member().id())).extracting(KnowledgeView::title)
			.doesNotContain("Tailler les rosiers");
	}

	@Test
	void shouldNoteWithoutJavaScriptToo() {
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/inventory?member={id}", this.network.slug(), this.fatou.id())
			.with(this.animator.auth())
			.with(csrf())
			.param("direction", "REQUEST")
			.param("category", "numerique")
			.param("title", "Envoyer des photos par e-mail")).hasRedirectedUrl(
					"/networks/" + this.network.slug() + "/inventory?member=" + this.fatou.id() + "#cat-numerique");
		assertThat(this.knowledges.ofMember(this.fatou.id())).extracting(KnowledgeView::title)
			.contains("Envoyer des photos par e-mail");
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/inventory?member={id}", this.network.slug(), this.fatou.id())
			.with(this.member.auth())
			.with(csrf())
			.param("direction", "REQUEST")
			.param("category", "numerique")
			.param("title", "Pour quelqu'un d'autre")).hasStatus(403);
	}

	@Test
	void shouldWriteAndEditAnItemThroughTheForms() {
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/knowledge/new", this.network.slug())
			.with(this.member.auth())
			.with(csrf())
			.param("direction", "OFFER")
			.param("title", "")
			.param("description", "texte garde")).hasStatusOk()
			.bodyText()
			.contains("field-error")
			.contains("texte garde");
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/knowledge/new", this.network.slug())
			.with(this.member.auth())
			.with(csrf())
			.param("direction", "OFFER")
			.param("title", "Jouer aux échecs")
			.param("categories", "jeux")
			.param("formats", "GROUP", "ONE_TO_ONE")
			.param("mode", "BOTH")
			.param("weekdays", "WEDNESDAY")
			.param("visibility", "ALL_NETWORKS")).hasStatus3xxRedirection();
		KnowledgeView chess = this.knowledges.ofMember(this.member.member().id())
			.stream()
			.filter((item) -> item.title().equals("Jouer aux échecs"))
			.findFirst()
			.orElseThrow();
		assertThat(chess.formats()).containsExactlyInAnyOrder(Format.GROUP, Format.ONE_TO_ONE);
		assertThat(chess.visibility()).isEqualTo(Visibility.ALL_NETWORKS);
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/knowledge/{id}/edit", this.network.slug(), chess.id())
			.with(this.animator.auth())).hasStatusOk();
		Person other = this.fixtures.person(this.network, NetworkRole.MEMBER, "Autre Membre");
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/knowledge/{id}/edit", this.network.slug(), chess.id())
			.with(other.auth())).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/knowledge/{id}/status", this.network.slug(), chess.id())
			.with(this.member.auth())
			.with(csrf())
			.param("status", "PAUSED")).hasStatus3xxRedirection();
		assertThat(this.knowledges.active(this.network.id())).extracting(KnowledgeView::id).doesNotContain(chess.id());
	}

	private static KnowledgeCommand command(Direction direction, String title, String category, Format format) {
		return new KnowledgeCommand(direction, title, null, List.of(category), null, java.util.Set.of(format), null,
				null, null, null, null, null, null);
	}

}
