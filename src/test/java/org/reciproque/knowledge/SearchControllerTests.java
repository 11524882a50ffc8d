package org.reciproque.knowledge;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

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

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SearchControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Knowledges knowledges;

	NetworkView network;

	Person animator;

	Person member;

	@BeforeEach
	void setUp() {
		this.network = this.fixtures.network();
		this.animator = this.fixtures.person(this.network, NetworkRole.ANIMATOR, "Nadia Animatrice");
		this.member = this.fixtures.person(this.network, NetworkRole.MEMBER, "Paul Durand");
	}

	@Test
	void shouldLetOnlyMembersOfTheNetworkSearch() {
		assertThat(this.mvc.get().uri("/networks/{slug}/search", this.network.slug()).with(this.member.auth()))
			.hasStatusOk()
			.bodyText()
			.contains("Rechercher un savoir")
			.contains("aria-live=\"polite\"");
		Person outsider = this.fixtures.person(this.fixtures.network(), NetworkRole.ADMIN, "Ailleurs");
		assertThat(this.mvc.get().uri("/networks/{slug}/search", this.network.slug()).with(outsider.auth()))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/networks/{slug}/search", this.network.slug())).redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void shouldFindItemsByTheirWords() {
		create(this.network, this.animator, Direction.OFFER, "Tricot pour débutants", "Les mailles de base.",
				Visibility.NETWORK, "couture/tricot-crochet");
		create(this.network, this.animator, Direction.REQUEST, "Faire son pain", null, Visibility.NETWORK);
		assertThat(search("q", "tricot")).contains("Tricot pour débutants")
			.contains("Un résultat")
			.contains("Tricot et crochet")
			.contains("Les mailles de base.")
			.doesNotContain("Faire son pain");
	}

	@Test
	void shouldFoldFrenchWords() {
		create(this.network, this.animator, Direction.OFFER, "Tricot pour débutants", null, Visibility.NETWORK);
		create(this.network, this.animator, Direction.OFFER, "Découvrir l'informatique", null, Visibility.NETWORK);
		create(this.network, this.animator, Direction.REQUEST, "Informatique pour tous", null, Visibility.NETWORK);
		create(this.network, this.animator, Direction.REQUEST, "Réparer son vélo", null, Visibility.NETWORK);
		assertThat(search("q", "tricoter")).contains("Tricot pour débutants");
		assertThat(search("q", "l'informatique")).contains("Découvrir l&#39;informatique")
			.contains("Informatique pour tous");
		assertThat(search("q", "informatique")).contains("Découvrir l&#39;informatique")
			.contains("Informatique pour tous");
		assertThat(search("q", "velo")).contains("Réparer son vélo").doesNotContain("Tricot");
		assertThat(search("q", "VÉLO")).contains("Réparer son vélo");
	}

	@Test
	void shouldShowOtherNetworksSharedItemsOnlyWhenAskedAndNeverTheirAuthors() {
		NetworkView other = this.fixtures.network();
		Person author = this.fixtures.person(other, NetworkRole.ANIMATOR, "Zoé Ukuléliste");
		String word = unique();
		create(other, author, Direction.OFFER, "Partagé " + word, null, Visibility.ALL_NETWORKS);
		create(other, author, Direction.OFFER, "Gardé " + word, null, Visibility.NETWORK);
		assertThat(search("q", word)).contains("Aucune offre ni demande").doesNotContain("Partagé " + word);
		assertThat(search("q", word, "scope", "all")).contains("Partagé " + word)
			.contains(other.name())
			.doesNotContain("Gardé " + word)
			.doesNotContain("Zoé")
			.doesNotContain("Ukuléliste");
	}

	@Test
	void shouldShowTheAuthorOfItemsOfTheNetwork() {
		String word = unique();
		create(this.network, this.member, Direction.OFFER, "Chanter " + word, null, Visibility.NETWORK);
		assertThat(search("q", word)).contains("par Paul D.");
	}

	@Test
	void shouldCountAndFilterByCategoryAndDirection() {
		create(this.network, this.animator, Direction.OFFER, "Tricoter un bonnet", null, Visibility.NETWORK,
				"couture/tricot-crochet");
		create(this.network, this.animator, Direction.OFFER, "Recoudre un bouton", null, Visibility.NETWORK,
				"couture/retouches");
		create(this.network, this.animator, Direction.REQUEST, "Raccommoder une chaussette", null, Visibility.NETWORK,
				"couture/retouches");
		assertThat(search()).contains("3 résultats")
			.contains("Offres (2)")
			.contains("Demandes (1)")
			.contains("Retouches et raccommodage (2)")
			.contains("Tricot et crochet (1)")
			.contains("href=\"/networks/" + this.network.slug() + "/search?category=couture%2Fretouches\"");
		assertThat(search("category", "couture/retouches")).contains("2 résultats")
			.contains("Recoudre un bouton")
			.doesNotContain("Tricoter un bonnet")
			.contains("Retirer le filtre « Retouches et raccommodage »")
			.contains("name=\"category\" value=\"couture/retouches\"");
		assertThat(search("category", "couture/retouches", "direction", "REQUEST")).contains("Un résultat")
			.contains("Raccommoder une chaussette")
			.doesNotContain("Recoudre un bouton");
	}

	@Test
	void shouldPageThroughResults() {
		String word = unique();
		for (int i = 1; i <= 23; i++) {
			create(this.network, this.animator, Direction.OFFER, "Atelier " + word + " n° " + i, null,
					Visibility.NETWORK);
		}
		String first = search("q", word);
		assertThat(first).contains("23 résultats").contains("Page 1 sur 2").contains("page=2");
		assertThat(count(first, "class=\"hit\"")).isEqualTo(20);
		String second = search("q", word, "page", "2");
		assertThat(second).contains("Page 2 sur 2");
		assertThat(count(second, "class=\"hit\"")).isEqualTo(3);
		assertThat(search("q", word, "page", "pas-un-nombre")).contains("Page 1 sur 2");
	}

	@Test
	void shouldAnswerHtmxWithTheResultsOnly() {
		create(this.network, this.animator, Direction.OFFER, "Jardiner sur son balcon", null, Visibility.NETWORK);
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/search", this.network.slug())
			.param("q", "balcon")
			.header("HX-Request", "true")
			.with(this.member.auth())).hasStatusOk()
			.hasHeader("Vary", "HX-Request")
			.bodyText()
			.contains("id=\"results-body\"")
			.contains("Jardiner sur son balcon")
			.doesNotContain("<html")
			.doesNotContain("id=\"search-form\"");
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/search", this.network.slug())
			.param("q", "balcon")
			.header("HX-Request", "true")
			.header("HX-Boosted", "true")
			.with(this.member.auth())).bodyText().contains("<html").contains("id=\"search-form\"");
	}

	@Test
	void shouldBePoliteWhenNothingMatches() {
		assertThat(search("q", "introuvable")).contains("Aucune offre ni demande ne correspond à « introuvable »")
			.contains("Chercher aussi dans les autres réseaux")
			.contains("/knowledge/new?direction=REQUEST");
		assertThat(search()).contains("Il n&#39;y a encore aucune offre ni demande ici.");
	}

	@Test
	void shouldShowDescriptionsAsPlainText() {
		String word = unique();
		create(this.network, this.animator, Direction.OFFER, "Cuisine " + word,
				"<script>alert('x')</script> " + "très ".repeat(80), Visibility.NETWORK);
		assertThat(search("q", word)).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert")
			.contains("très…");
	}

	private String search(String... params) {
		var request = this.mvc.get().uri("/networks/{slug}/search", this.network.slug()).with(this.member.auth());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		var result = request.exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private KnowledgeView create(NetworkView network, Person author, Direction direction, String title,
			String description, Visibility visibility, String... categories) {
		NetworkScope scope = new NetworkScope(network.id(), network.slug(), network.name(), author.member().id(),
				NetworkRole.ANIMATOR);
		return this.knowledges.create(scope, author.member().id(), new KnowledgeCommand(direction, title, description,
				List.of(categories), null, null, null, null, null, null, null, visibility, null));
	}

	private static String unique() {
		return TestFixtures.unique("mot").replace("-", "");
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
