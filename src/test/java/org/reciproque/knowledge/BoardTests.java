package org.reciproque.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.member.Memberships;
import org.reciproque.member.ProfileForm;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board is cached per network and board version: every change it shows must show at
 * the next request, whichever instance made it; big boards come folded on screen.
 */
@IntegrationTest
class BoardTests {

	@Autowired
	Board board;

	@Autowired
	Knowledges knowledges;

	@Autowired
	Categories categories;

	@Autowired
	Memberships memberships;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	NetworkView network;

	Person member;

	NetworkScope asAnimator;

	NetworkScope asMember;

	NetworkScope asVisitor;

	KnowledgeView repair;

	KnowledgeView brakes;

	@BeforeEach
	void setUp() {
		this.network = this.fixtures.network();
		Person animator = this.fixtures.person(this.network, NetworkRole.ANIMATOR, "Nadia Benali");
		this.member = this.fixtures.person(this.network, NetworkRole.MEMBER, "Julien Moreau");
		this.asAnimator = scope(animator.member().id(), NetworkRole.ANIMATOR);
		this.asMember = scope(this.member.member().id(), NetworkRole.MEMBER);
		this.asVisitor = scope(null, null);
		this.repair = this.knowledges.create(this.asAnimator, animator.member().id(),
				command(Direction.OFFER, "Réparer les crevaisons de vélo", "bricolage/velo"));
		this.brakes = this.knowledges.create(this.asAnimator, this.member.member().id(),
				command(Direction.REQUEST, "Régler les freins de mon vélo", "bricolage/velo"));
	}

	@Test
	void shouldShowEveryChangeOfItemsAtTheNextRequest() {
		assertThat(titles(this.board.build(this.asMember, BoardFilter.none())))
			.containsExactlyInAnyOrder(this.repair.title(), this.brakes.title());

		KnowledgeView bread = this.knowledges.create(this.asAnimator, this.member.member().id(),
				command(Direction.OFFER, "Faire son pain", "cuisine/pain"));
		assertThat(titles(this.board.build(this.asMember, BoardFilter.none()))).contains("Faire son pain");

		this.knowledges.update(this.asAnimator, bread.id(),
				command(Direction.OFFER, "Faire son pain au levain", "cuisine/pain"));
		assertThat(titles(this.board.build(this.asMember, BoardFilter.none()))).contains("Faire son pain au levain")
			.doesNotContain("Faire son pain");

		this.knowledges.changeStatus(this.asAnimator, this.repair.id(), KnowledgeStatus.PAUSED);
		assertThat(titles(this.board.build(this.asMember, BoardFilter.none()))).doesNotContain(this.repair.title());

		this.knowledges.delete(this.asAnimator, bread.id());
		assertThat(titles(this.board.build(this.asMember, BoardFilter.none()))).containsExactly(this.brakes.title());
	}

	@Test
	void shouldShowCategoryChangesAtTheNextRequest() {
		assertThat(labels(this.board.build(this.asMember, BoardFilter.none())))
			.containsExactly("Bricolage et réparations");
		this.categories.rename(this.network.id(), "bricolage", "Bricoler");
		assertThat(labels(this.board.build(this.asMember, BoardFilter.none()))).containsExactly("Bricoler");
		this.categories.setHidden(this.network.id(), "bricolage/velo", true);
		assertThat(labels(this.board.build(this.asMember, BoardFilter.none()))).containsExactly((String) null);
	}

	@Test
	void shouldNameAuthorsAsTheyAreNowAndAsTheViewerMaySeeThem() {
		assertThat(authors(this.board.build(this.asAnimator, BoardFilter.none()))).contains("Julien Moreau");
		assertThat(authors(this.board.build(this.asMember, BoardFilter.none()))).contains("Julien M.")
			.doesNotContain("Julien Moreau");
		assertThat(authors(this.board.build(this.asVisitor, BoardFilter.none()))).containsOnlyNulls();

		this.memberships.updateProfile(this.network.id(), this.member.member().id(),
				new ProfileForm("Julien Martin", null, null, null, null));
		assertThat(authors(this.board.build(this.asAnimator, BoardFilter.none()))).contains("Julien Martin");
		assertThat(authors(this.board.build(this.asMember, BoardFilter.none()))).contains("Julien M.");
	}

	@Test
	void shouldSeeWhatAnotherInstanceChangedOnceItBumpedTheVersion() {
		assertThat(titles(this.board.build(this.asMember, BoardFilter.none()))).contains(this.brakes.title());
		// Another instance writes to the same database: the item, then the version, in
		// one transaction. Until the version moves, this instance serves what it built.
		this.jdbc.sql("update knowledge set title = ? where id = ?")
			.params("Régler les freins de ma bicyclette", this.brakes.id())
			.update();
		assertThat(titles(this.board.build(this.asMember, BoardFilter.none()))).contains(this.brakes.title());
		this.jdbc.sql("update board_version set version = version + 1 where network_id = ?")
			.param(this.network.id())
			.update();
		assertThat(titles(this.board.build(this.asMember, BoardFilter.none())))
			.contains("Régler les freins de ma bicyclette")
			.doesNotContain(this.brakes.title());
	}

	@Test
	void shouldLinkOnlyTheStrongestMatchesOfAnItem() {
		Person other = this.fixtures.person(this.network, NetworkRole.MEMBER, "Autre Personne");
		for (String title : List.of("Réparer mon vélo", "Réparer le vélo de ma fille", "Réparer un vélo de course",
				"Réparer un vieux vélo")) {
			this.knowledges.create(this.asAnimator, other.member().id(),
					command(Direction.REQUEST, title, "bricolage/velo"));
		}
		BoardView.Entry offer = this.board.build(this.asMember, BoardFilter.none()).columns().get(0).offers().get(0);
		assertThat(offer.item().id()).isEqualTo(this.repair.id());
		assertThat(offer.matches()).hasSize(BoardLayouts.MAX_MATCHES);
		assertThat(offer.moreMatches()).isEqualTo(5 - BoardLayouts.MAX_MATCHES);
		assertThat(offer.matches()).extracting(BoardView.Match::strength).isSortedAccordingTo((a, b) -> b - a);
	}

	@Test
	void shouldFoldTheCategoriesOfABigBoardOnScreenOnly() {
		List<KnowledgeBatch.Item> items = new ArrayList<>();
		for (int i = 0; i < Board.FOLD_ABOVE; i++) {
			items.add(new KnowledgeBatch.Item(this.member.member().id(), null,
					command(Direction.OFFER, "Recette de famille n° " + i, "cuisine")));
		}
		this.knowledges.createAll(this.asAnimator, items);

		BoardView screen = this.board.forScreen(this.asMember, BoardFilter.none());
		assertThat(screen.offers() + screen.requests()).isGreaterThan(Board.FOLD_ABOVE);
		assertThat(screen.columns()).allMatch(BoardView.Row::folded);
		assertThat(authors(screen)).containsOnlyNulls();
		assertThat(this.board.build(this.asMember, BoardFilter.none()).columns()).noneMatch(BoardView.Row::folded);
		BoardView cuisine = this.board.forScreen(this.asMember, new BoardFilter("cuisine", null, null, null, null));
		assertThat(cuisine.columns()).noneMatch(BoardView.Row::folded);
		assertThat(authors(cuisine)).contains("Julien M.");

		String slug = this.network.slug();
		assertThat(this.mvc.get().uri("/networks/{slug}/board", slug).with(this.member.auth())).hasStatusOk()
			.bodyText()
			.contains("<details class=\"board-fold\"")
			.contains("hx-get=\"/networks/" + slug + "/board?category=cuisine\"")
			.contains("hx-select=\"#cat-cuisine .board-sides\"")
			.contains("<a href=\"/networks/" + slug + "/board?category=cuisine\">Voir seulement ce thème : Cuisine")
			.contains("Afficher les 300 offres et aucune demande")
			.doesNotContain("Recette de famille");
		assertThat(this.mvc.get()
			.uri("/networks/{slug}/board?category=cuisine", slug)
			.header("HX-Request", "true")
			.with(this.member.auth())).hasStatusOk()
			.bodyText()
			.contains("Recette de famille n° 299")
			.contains("class=\"board-sides\"")
			.doesNotContain("<details");
	}

	private NetworkScope scope(Long memberId, NetworkRole role) {
		return new NetworkScope(this.network.id(), this.network.slug(), this.network.name(), memberId, role);
	}

	private static Stream<BoardView.Entry> entries(BoardView view) {
		return view.columns().stream().flatMap((row) -> Stream.concat(row.offers().stream(), row.requests().stream()));
	}

	private static List<String> titles(BoardView view) {
		return entries(view).map((entry) -> entry.item().title()).toList();
	}

	private static List<String> authors(BoardView view) {
		return entries(view).map(BoardView.Entry::author).toList();
	}

	private static List<String> labels(BoardView view) {
		return view.columns().stream().map((row) -> (row.category() != null) ? row.category().label() : null).toList();
	}

	private static KnowledgeCommand command(Direction direction, String title, String category) {
		return new KnowledgeCommand(direction, title, null, List.of(category), null, Set.of(Format.ONE_TO_ONE), null,
				null, null, null, null, null, null);
	}

}
