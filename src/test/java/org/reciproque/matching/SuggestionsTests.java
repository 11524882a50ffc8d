package org.reciproque.matching;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeStatus;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.knowledge.Visibility;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions through the real matcher and its index: the right items, in reach, never
 * one's own, paused or already declined ones; nothing when nothing fits.
 */
@IntegrationTest
class SuggestionsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Knowledges knowledges;

	@Autowired
	Suggestions suggestions;

	@Autowired
	Introductions introductions;

	@Autowired
	NetworkSuggestions networkSuggestions;

	@Autowired
	MatcherBoardMatches boardMatches;

	NetworkView network;

	Person animator;

	Person anne;

	Person bruno;

	Person chloe;

	NetworkScope scope;

	@BeforeEach
	void setUp() {
		this.network = this.fixtures.network();
		this.animator = this.fixtures.person(this.network, NetworkRole.ANIMATOR, "Nadia Animatrice");
		this.anne = this.fixtures.person(this.network, NetworkRole.MEMBER, "Anne Jardinière");
		this.bruno = this.fixtures.person(this.network, NetworkRole.MEMBER, "Bruno Cycliste");
		this.chloe = this.fixtures.person(this.network, NetworkRole.MEMBER, "Chloé Cuisinière");
		this.scope = MatchingFixtures.animatorScope(this.network, this.animator);
	}

	@Test
	void shouldSuggestOffersForARequestAndRequestsForAnOfferWithReasons() {
		KnowledgeView velo = offer(this.bruno, "Réparer son vélo", "Crevaisons, freins, dérailleur : je vous montre.");
		offer(this.chloe, "Cuisine végétarienne", "Des plats simples sans viande.");
		KnowledgeView request = request(this.anne, "Ma bicyclette a un pneu crevé",
				"Je voudrais apprendre à réparer ma bicyclette moi-même.");
		List<SuggestionView> found = this.suggestions.forItem(this.scope, request.id(), 10);
		assertThat(found).isNotEmpty();
		assertThat(found.get(0).id()).isEqualTo(velo.id());
		assertThat(found.get(0).score()).isBetween(0.0, 1.0);
		assertThat(found.get(0).reasons()).isNotEmpty();
		assertThat(found).extracting(SuggestionView::title).doesNotContain("Cuisine végétarienne");
		List<SuggestionView> reverse = this.suggestions.forItem(this.scope, velo.id(), 10);
		assertThat(reverse).extracting(SuggestionView::id).containsExactly(request.id());
	}

	@Test
	void shouldNeverSuggestOnesOwnPausedDeclinedOrUnreachableItems() {
		// The same offer written five times: only what the rules let through is
		// suggested.
		String title = "Jardiner en ville";
		String text = "Tomates et semis au balcon";
		KnowledgeView own = offer(this.anne, title, text);
		KnowledgeView paused = offer(this.bruno, title, text);
		this.knowledges.changeStatus(this.scope, paused.id(), KnowledgeStatus.PAUSED);
		KnowledgeView declined = offer(this.chloe, title, text);
		NetworkView elsewhere = this.fixtures.network();
		Person stranger = this.fixtures.person(elsewhere, NetworkRole.ANIMATOR, "Voisine Lointaine");
		NetworkScope elsewhereScope = MatchingFixtures.animatorScope(elsewhere, stranger);
		KnowledgeView privateElsewhere = MatchingFixtures.item(this.knowledges, elsewhereScope, stranger.member().id(),
				Direction.OFFER, title, text, null);
		KnowledgeView sharedElsewhere = MatchingFixtures.item(this.knowledges, elsewhereScope, stranger.member().id(),
				Direction.OFFER, title, text, Visibility.ALL_NETWORKS);
		KnowledgeView request = request(this.anne, "Faire pousser des tomates",
				"J'aimerais des tomates sur mon balcon, je ne sais pas faire les semis.");
		assertThat(ids(request)).contains(declined.id(), sharedElsewhere.id())
			.doesNotContain(own.id(), paused.id(), privateElsewhere.id());

		IntroductionView proposed = this.introductions.propose(this.scope,
				new ProposeIntroduction(declined.id(), List.of(request.id()), null));
		assertThat(ids(request)).as("already proposed").doesNotContain(declined.id());
		NetworkScope anneScope = new NetworkScope(this.network.id(), this.network.slug(), this.network.name(),
				this.anne.member().id(), NetworkRole.MEMBER);
		this.introductions.answer(anneScope, proposed.id(),
				new ConsentAnswer(this.anne.member().id(), ConsentAnswer.Decision.DECLINE, null, null));
		assertThat(ids(request)).as("declined").doesNotContain(declined.id());
	}

	@Test
	void shouldSuggestNothingForARequestNobodyCanAnswer() {
		offer(this.bruno, "Réparer son vélo", "Crevaisons, freins, dérailleur");
		offer(this.chloe, "Cuisine végétarienne", "Des plats simples sans viande");
		KnowledgeView request = request(this.anne, "Apprendre le chinois mandarin",
				"Je pars à Pékin l'an prochain et voudrais parler un peu mandarin.");
		assertThat(this.suggestions.forItem(this.scope, request.id(), 10)).isEmpty();
	}

	@Test
	void shouldAnswerTheApiWithTheIssueShapeForTheAuthorAndAnimatorsOnly() throws Exception {
		KnowledgeView velo = offer(this.bruno, "Réparer son vélo", "Crevaisons, freins, dérailleur");
		KnowledgeView request = request(this.anne, "Réparer ma bicyclette", "Pneu crevé, freins qui grincent");
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/networks/{slug}/knowledge/{id}/suggestions?limit=5", this.network.slug(), request.id())
			.with(this.anne.auth())
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
		assertThat(result).hasStatusOk();
		String body = result.getResponse().getContentAsString();
		assertThat(JsonPath.<Integer>read(body, "$[0].id")).isEqualTo((int) velo.id());
		assertThat(JsonPath.<String>read(body, "$[0].direction")).isEqualTo("OFFER");
		assertThat(JsonPath.<String>read(body, "$[0].network")).isEqualTo(this.network.slug());
		assertThat(JsonPath.<List<String>>read(body, "$[0].reasons")).isNotEmpty();
		assertThat(JsonPath.<java.util.Map<String, Object>>read(body, "$[0]")).containsOnlyKeys("id", "direction",
				"title", "network", "score", "reasons");
		assertThat(this.mvc.get()
			.uri("/api/v1/networks/{slug}/knowledge/{id}/suggestions", this.network.slug(), request.id())
			.with(this.chloe.auth())
			.accept(MediaType.APPLICATION_JSON)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldFindPairsNotProposedYetAndOpenReciprocityCircles() {
		// Anne teaches gardening to Bruno, Bruno bikes to Chloé, Chloé cooking to Anne.
		KnowledgeView garden = offer(this.anne, "Jardinage potager", "Semis, tomates, compost");
		KnowledgeView bike = offer(this.bruno, "Réparer son vélo", "Crevaisons, freins, dérailleur");
		KnowledgeView cooking = offer(this.chloe, "Cuisine végétarienne", "Plats simples sans viande, légumes");
		KnowledgeView potager = request(this.bruno, "Faire un potager", "Semer des tomates et faire du compost");
		KnowledgeView repair = request(this.chloe, "Réparer mon vélo", "Crevaison et freins");
		request(this.anne, "Cuisiner végétarien", "Des plats sans viande avec des légumes");
		List<KnowledgeView> offers = List.of(garden, bike, cooking);
		List<KnowledgeView> requests = List.of(potager, repair);
		// Before the network's suggestions are computed, the board links shared words.
		assertThat(this.boardMatches.between(offers, requests)).containsKey(bike.id());
		NetworkSuggestions.Snapshot snapshot = this.networkSuggestions.refresh(this.network.id());
		// Then the matcher's pairs, with their score as strength.
		var links = this.boardMatches.between(offers, requests);
		assertThat(links.get(repair.id())).singleElement().satisfies((match) -> {
			assertThat(match.id()).isEqualTo(bike.id());
			assertThat(match.strength()).isBetween(1, 100);
		});
		assertThat(links.get(garden.id())).extracting((match) -> match.id()).containsExactly(potager.id());
		assertThat(snapshot.pairs()).extracting((pair) -> pair.offer().id())
			.contains(garden.id(), bike.id(), cooking.id());
		assertThat(snapshot.circles()).singleElement().satisfies((circle) -> {
			assertThat(circle.size()).isEqualTo(3);
			assertThat(circle.links()).extracting((link) -> link.offer().memberId())
				.containsExactlyInAnyOrder(this.anne.member().id(), this.bruno.member().id(), this.chloe.member().id());
		});
	}

	private List<Long> ids(KnowledgeView item) {
		return this.suggestions.forItem(this.scope, item.id(), 20).stream().map(SuggestionView::id).toList();
	}

	private KnowledgeView offer(Person person, String title, String description) {
		return MatchingFixtures.item(this.knowledges, this.scope, person.member().id(), Direction.OFFER, title,
				description);
	}

	private KnowledgeView request(Person person, String title, String description) {
		return MatchingFixtures.item(this.knowledges, this.scope, person.member().id(), Direction.REQUEST, title,
				description);
	}

}
