package org.reciproque.knowledge;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class CategoryControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Categories categories;

	@Autowired
	Knowledges knowledges;

	NetworkView network;

	Person animator;

	NetworkScope scope;

	@BeforeEach
	void setUp() {
		this.network = this.fixtures.network();
		this.animator = this.fixtures.person(this.network, NetworkRole.ANIMATOR, "Nadia Animatrice");
		this.scope = new NetworkScope(this.network.id(), this.network.slug(), this.network.name(),
				this.animator.member().id(), NetworkRole.ANIMATOR);
	}

	@Test
	void shouldShowTheTreeToAnimatorsOnly() {
		assertThat(this.mvc.get().uri("/networks/{slug}/categories", this.network.slug()).with(this.animator.auth()))
			.hasStatusOk()
			.bodyText()
			.contains("Catégories du réseau")
			.contains("Couture, tricot et travaux d&#39;aiguille")
			.contains("Tricot et crochet");
		Person member = this.fixtures.person(this.network, NetworkRole.MEMBER, "Paul");
		assertThat(this.mvc.get().uri("/networks/{slug}/categories", this.network.slug()).with(member.auth()))
			.hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/categories/rename", this.network.slug())
			.with(member.auth())
			.with(csrf())
			.param("code", "couture")
			.param("newLabel", "Piraté")).hasStatus(403);
		assertThat(label("couture")).isEqualTo("Couture, tricot et travaux d'aiguille");
	}

	@Test
	void shouldRenameACategoryAndFindItsItemsByTheNewName() {
		create("Faire un ourlet", "couture/retouches");
		assertThat(post("rename", "code", "couture/retouches", "newLabel", "Petites réparations textiles"))
			.hasRedirectedUrl("/networks/" + this.network.slug() + "/categories?edit=couture%2Fretouches#edit");
		assertThat(label("couture/retouches")).isEqualTo("Petites réparations textiles");
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/categories?edit=couture/retouches", this.network.slug())
			.with(this.animator.auth())).bodyText()
			.contains("value=\"" + HtmlUtils.htmlEscape("Petites réparations textiles") + "\"")
			.contains("une annonce active");
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/search?q=textiles", this.network.slug())
			.with(this.animator.auth())).bodyText()
			.contains("Faire un ourlet")
			.contains("Petites réparations textiles");
	}

	@Test
	void shouldExplainInvalidFormsAndKeepWhatWasTyped() {
		assertThat(post("rename", "code", "couture", "newLabel", "  ")).hasStatusOk()
			.bodyText()
			.contains("Indiquez le nom de la catégorie.")
			.contains("aria-invalid=\"true\"");
		String tooLong = "Un nom beaucoup trop long pour une catégorie, vraiment beaucoup trop long, c'est sûr";
		assertThat(post("add", "label", tooLong, "parentCode", "couture")).hasStatusOk()
			.bodyText()
			.contains("Le nom fait au plus 80 caractères.")
			.contains("value=\"" + HtmlUtils.htmlEscape(tooLong) + "\"")
			.contains("<option value=\"couture\" selected=\"selected\">");
		assertThat(post("words", "code", "couture", "synonyms", "fil, ".repeat(401), "keywords", "laine")).hasStatusOk()
			.bodyText()
			.contains("Les synonymes font au plus 2 000 caractères en tout.")
			.contains(">laine</textarea>");
		assertThat(post("add", "label", "Dentelle", "parentCode", "couture/broderie")).hasStatusOk()
			.bodyText()
			.contains("Une sous-catégorie ne peut pas avoir elle-même de sous-catégories.");
		assertThat(label("couture")).isEqualTo("Couture, tricot et travaux d'aiguille");
	}

	@Test
	void shouldAddACategoryUnderAParent() {
		assertThat(post("add", "label", "Dentelle aux fuseaux", "parentCode", "couture")).hasRedirectedUrl(
				"/networks/" + this.network.slug() + "/categories?edit=couture%2Fdentelle-aux-fuseaux#edit");
		assertThat(this.categories.tree(this.network.id())).anySatisfy((category) -> {
			assertThat(category.code()).isEqualTo("couture/dentelle-aux-fuseaux");
			assertThat(category.parentCode()).isEqualTo("couture");
		});
	}

	@Test
	void shouldEditSynonymsAndKeywords() {
		create("Coudre un coussin", "couture/coudre");
		assertThat(post("words", "code", "couture/coudre", "synonyms", "piquage, piquage, patchwork", "keywords",
				"ouatine"))
			.hasRedirectedUrl("/networks/" + this.network.slug() + "/categories?edit=couture%2Fcoudre#edit");
		CategoryView category = find("couture/coudre");
		assertThat(category.synonyms()).containsExactly("piquage", "patchwork");
		assertThat(category.keywords()).containsExactly("ouatine");
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/search?q=patchwork", this.network.slug())
			.with(this.animator.auth())).bodyText().contains("Coudre un coussin");
	}

	@Test
	void shouldHideAndShowACategory() {
		assertThat(post("visibility", "code", "sport/natation", "hidden", "true")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("notice", "category.hidden.done");
		assertThat(find("sport/natation").hidden()).isTrue();
		assertThat(this.mvc.get().uri("/networks/{slug}/categories", this.network.slug()).with(this.animator.auth()))
			.bodyText()
			.contains("Afficher de nouveau « Natation »");
		assertThat(post("visibility", "code", "sport/natation", "hidden", "false")).hasStatus3xxRedirection();
		assertThat(find("sport/natation").hidden()).isFalse();
	}

	@Test
	void shouldMergeACategoryIntoAnother() {
		KnowledgeView item = create("Repriser une chaussette", "couture/retouches");
		assertThat(post("merge", "code", "couture/retouches", "into", "couture/coudre")).hasStatusOk()
			.bodyText()
			.contains("Cochez la case pour confirmer la fusion.");
		assertThat(this.knowledges.get(this.scope, item.id()).categories()).containsExactly("couture/retouches");
		assertThat(post("merge", "code", "couture/retouches", "into", "couture/coudre", "confirm", "true"))
			.hasRedirectedUrl("/networks/" + this.network.slug() + "/categories?edit=couture%2Fcoudre#edit");
		assertThat(this.knowledges.get(this.scope, item.id()).categories()).containsExactly("couture/coudre");
		assertThat(find("couture/retouches").hidden()).isTrue();
		assertThat(find("couture/coudre").synonyms()).contains("Retouches et raccommodage");
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/search?category=couture/coudre", this.network.slug())
			.with(this.animator.auth())).bodyText().contains("Repriser une chaussette");
	}

	@Test
	void shouldRefuseMergesThatMakeNoSense() {
		assertThat(post("merge", "code", "couture", "into", "bricolage", "confirm", "true")).hasStatusOk()
			.bodyText()
			.contains("Cette catégorie a des sous-catégories affichées");
		assertThat(post("merge", "code", "couture/coudre", "into", "couture/coudre", "confirm", "true")).hasStatusOk()
			.bodyText()
			.contains("Choisissez une autre catégorie que celle à fusionner.");
		assertThat(post("merge", "code", "couture/coudre", "into", "nulle-part", "confirm", "true")).hasStatusOk()
			.bodyText()
			.contains("Cette catégorie n&#39;existe pas dans ce réseau.");
		assertThat(find("couture").hidden()).isFalse();
		assertThat(find("couture/coudre").hidden()).isFalse();
	}

	@Test
	void shouldAnswerNotFoundForAnUnknownCategory() {
		assertThat(post("rename", "code", "nulle-part", "newLabel", "Quelque chose")).hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/categories?edit=nulle-part", this.network.slug())
			.with(this.animator.auth())).hasStatus(404);
	}

	private MockMvcTester.MockMvcRequestBuilder post(String action, String... params) {
		var request = this.mvc.post()
			.uri("/networks/{slug}/categories/{action}", this.network.slug(), action)
			.with(this.animator.auth())
			.with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private KnowledgeView create(String title, String... categories) {
		return this.knowledges.create(this.scope, this.animator.member().id(), new KnowledgeCommand(Direction.OFFER,
				title, null, List.of(categories), null, null, null, null, null, null, null, Visibility.NETWORK, null));
	}

	private CategoryView find(String code) {
		return this.categories.tree(this.network.id())
			.stream()
			.filter((category) -> category.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private String label(String code) {
		return find(code).label();
	}

}
