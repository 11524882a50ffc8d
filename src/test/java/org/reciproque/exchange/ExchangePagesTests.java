package org.reciproque.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The exchange pages: the second writer of the terms keeps their text, meeting forms
 * explain what is wrong, the follow-up files exchanges where the animation team expects
 * them, reciprocity is shown (names for animators only), and a member's data leaves with
 * them.
 */
@IntegrationTest
class ExchangePagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Exchanges exchanges;

	@Autowired
	TermsEditor terms;

	@Autowired
	Meetings meetings;

	@Autowired
	Debriefs debriefs;

	@Autowired
	Memberships memberships;

	@Autowired
	Networks networks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	NetworkView network;

	Person animator;

	Person nadia;

	Person julien;

	long exchangeId;

	@BeforeEach
	void setUp() {
		this.network = this.fixtures.network();
		this.animator = this.fixtures.person(this.network, NetworkRole.ANIMATOR, "Alix Animatrice");
		this.nadia = this.fixtures.person(this.network, NetworkRole.MEMBER, "Nadia Couture");
		this.julien = this.fixtures.person(this.network, NetworkRole.MEMBER, "Julien Apprenti");
		this.exchangeId = this.exchanges
			.fromIntroduction(ExchangeTestData.oneToOne(this.network, this.nadia, this.julien, "Couture"));
	}

	@Test
	void shouldKeepTheSecondWritersTextAndShowTheCurrentTerms() {
		String form = page("/terms");
		assertThat(this.mvc.get().uri(form).with(this.julien.auth())).hasStatusOk().bodyText().contains("Fréquence");
		this.terms.save(scope(this.nadia), this.exchangeId,
				new TermsText("Chaque mardi", null, null, "Les ourlets", null, null), 0, null);
		MvcTestResult stale = this.mvc.post()
			.uri(form)
			.with(this.julien.auth())
			.with(csrf())
			.param("frequency", "Le jeudi soir")
			.param("goals", "Les boutonnières")
			.param("baseVersion", "0")
			.exchange();
		assertThat(stale).hasStatusOk()
			.bodyText()
			.contains("Quelqu&#39;un a modifié les modalités pendant que vous écriviez")
			.contains("Le jeudi soir")
			// form fields are written with HTML entities
			.contains("Les boutonni&egrave;res")
			.contains("Chaque mardi")
			.contains("value=\"1\"");
		assertThat(this.exchanges.get(scope(this.julien), this.exchangeId).terms().text().frequency())
			.isEqualTo("Chaque mardi");
		assertThat(this.mvc.post()
			.uri(form)
			.with(this.julien.auth())
			.with(csrf())
			.param("frequency", "Le jeudi soir")
			.param("baseVersion", "1")).hasStatus3xxRedirection();
		assertThat(this.exchanges.get(scope(this.julien), this.exchangeId).terms().version()).isEqualTo(2);
		assertThat(this.mvc.get().uri(page("/terms/history")).with(this.nadia.auth())).hasStatusOk()
			.bodyText()
			.contains("Version 2")
			.contains("Par Julien Apprenti")
			.contains("<del>Chaque mardi</del>")
			.contains("<ins>Le jeudi soir</ins>");
	}

	@Test
	void shouldExplainWhatIsWrongWithAMeetingAndKeepWhatWasTyped() {
		MvcTestResult result = this.mvc.post()
			.uri(page("/meetings/new"))
			.with(this.nadia.auth())
			.with(csrf())
			.param("startsAt", "2020-03-02T18:00")
			.param("endsAt", "2020-03-02T17:00")
			.param("place", "Salle des fêtes")
			.exchange();
		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Une séance à venir ne peut pas être dans le passé")
			.contains("La fin doit être après le début")
			.contains("Salle des f&ecirc;tes");
		assertThat(this.mvc.post()
			.uri(page("/meetings/new"))
			.with(this.nadia.auth())
			.with(csrf())
			.param("startsAt", "2020-03-02T18:00")
			.param("held", "true")
			.param("attendees", String.valueOf(this.julien.member().id()))).hasStatus3xxRedirection();
		assertThat(this.exchanges.get(scope(this.nadia), this.exchangeId).heldMeetings()).singleElement()
			.satisfies((m) -> assertThat(m.attendees()).containsExactly(this.julien.member().id()));
		assertThat(this.mvc.get().uri(page("")).with(this.julien.auth())).hasStatusOk()
			.bodyText()
			.contains("A eu lieu")
			.contains("Julien Apprenti");
	}

	@Test
	void shouldFileExchangesOnTheFollowUpPage() {
		this.networks.update(this.network.slug(), withStalledAfter(this.network, 2));
		NetworkScope team = ExchangeTestData.animatorScope(this.network, this.animator);
		// running, last meeting three weeks ago, nothing planned: stalled
		long stalled = running("Vélo", team);
		this.meetings.add(team, stalled, new MeetingCommand(this.clock.instant().minus(Duration.ofDays(21)), null, null,
				null, null, true, Set.of()));
		this.jdbc.update("update exchange set started_at = ? where id = ?",
				java.sql.Timestamp.from(this.clock.instant().minus(Duration.ofDays(40))), stalled);
		// running with a meeting planned: running
		long lively = running("Jardinage", team);
		this.meetings.add(team, lively, new MeetingCommand(this.clock.instant().plus(Duration.ofDays(3)), null, null,
				null, null, false, Set.of()));
		// done, one debrief out of two
		long done = running("Cuisine", team);
		this.exchanges.changeStatus(team, done, ExchangeStatus.DONE, null);
		this.debriefs.write(scope(this.nadia), done, this.nadia.member().id(),
				new DebriefAnswers("Tout", null, null, null, null, null), false);

		String followUp = "/networks/" + this.network.slug() + "/follow-up";
		assertThat(this.mvc.get().uri(followUp + "?show=STALLED").with(this.animator.auth())).hasStatusOk()
			.bodyText()
			.contains("Vélo")
			.doesNotContain("Jardinage")
			.contains("Au point mort : 1");
		assertThat(this.mvc.get().uri(followUp + "?show=WAITING").with(this.animator.auth())).bodyText()
			.contains("Couture")
			.doesNotContain("Vélo");
		assertThat(this.mvc.get().uri(followUp + "?show=DONE_WITHOUT_DEBRIEF").with(this.animator.auth())).bodyText()
			.contains("Cuisine")
			.contains("1 bilan(s) sur 2");
		assertThat(this.mvc.get().uri(followUp + "?show=RUNNING").with(this.animator.auth())).bodyText()
			.contains("Jardinage")
			.doesNotContain("Vélo");
		MvcTestResult filtered = this.mvc.get()
			.uri(followUp + "?q=jardin")
			.header("HX-Request", "true")
			.with(this.animator.auth())
			.exchange();
		assertThat(filtered).hasStatusOk()
			.bodyText()
			.contains("Jardinage")
			.doesNotContain("Cuisine")
			.doesNotContain("<html");
		// quick action: mark done from the follow-up page, back to it
		assertThat(this.mvc.post()
			.uri(page("/status").replace("/" + this.exchangeId + "/", "/" + lively + "/"))
			.with(this.animator.auth())
			.with(csrf())
			.param("status", "DONE")
			.param("back", "follow-up")).hasRedirectedUrl(followUp);
	}

	@Test
	void shouldShowReciprocityOnMemberPagesWithADismissiblePrompt() {
		NetworkScope team = ExchangeTestData.animatorScope(this.network, this.animator);
		this.terms.save(team, this.exchangeId, new TermsText(null, null, null, "Ourlets", null, null), 0, null);
		this.exchanges.changeStatus(team, this.exchangeId, ExchangeStatus.RUNNING, null);
		String juliensPage = "/networks/" + this.network.slug() + "/members/" + this.julien.member().id();
		assertThat(this.mvc.get().uri(juliensPage).with(this.julien.auth())).hasStatusOk()
			.bodyText()
			.contains("Ce qui a été transmis et reçu")
			.contains("Et vous, que pourriez-vous transmettre ?")
			.contains("avec Nadia Couture");
		// another member sees the exchange but neither partners nor prompt
		Person other = this.fixtures.person(this.network, NetworkRole.MEMBER, "Zoé Voisine");
		assertThat(this.mvc.get().uri(juliensPage).with(other.auth())).hasStatusOk()
			.bodyText()
			.contains("Couture")
			.doesNotContain("Nadia Couture")
			.doesNotContain("que pourriez-vous transmettre");
		assertThat(this.mvc.post()
			.uri("/networks/" + this.network.slug() + "/reciprocity/prompts/PASS_ON/dismiss")
			.with(this.julien.auth())
			.with(csrf())
			.header("HX-Request", "true")).hasStatusOk().bodyText().contains("C&#39;est noté");
		assertThat(this.mvc.get().uri(juliensPage).with(this.julien.auth())).bodyText()
			.doesNotContain("que pourriez-vous transmettre");
		String nadiasPage = "/networks/" + this.network.slug() + "/members/" + this.nadia.member().id();
		assertThat(this.mvc.get().uri(nadiasPage).with(this.nadia.auth())).bodyText()
			.contains("Et vous, qu&#39;aimeriez-vous apprendre ?");
	}

	@Test
	void shouldShowTheNetworksReciprocityNamedForAnimatorsOnly() {
		NetworkScope team = ExchangeTestData.animatorScope(this.network, this.animator);
		this.terms.save(team, this.exchangeId, new TermsText(null, null, null, "Ourlets", null, null), 0, null);
		this.exchanges.changeStatus(team, this.exchangeId, ExchangeStatus.RUNNING, null);
		// and back: Julien passes on to Nadia
		long back = this.exchanges
			.fromIntroduction(ExchangeTestData.oneToOne(this.network, this.julien, this.nadia, "Réparer un vélo"));
		this.terms.save(team, back, new TermsText("Une fois", null, null, null, null, null), 0, null);
		this.exchanges.changeStatus(team, back, ExchangeStatus.RUNNING, null);
		this.exchanges.changeStatus(team, back, ExchangeStatus.DONE, null);
		String page = "/networks/" + this.network.slug() + "/reciprocity";
		assertThat(this.mvc.get().uri(page).with(this.animator.auth())).hasStatusOk()
			.bodyText()
			.contains("2 des 2 membres qui ont échangé ces douze derniers mois ont à la fois transmis et reçu (100 %)")
			.contains("Le réseau compte 3 membres actifs : 67 %")
			.contains("Nadia Couture")
			.contains("<th scope=\"row\">Nadia Couture</th><td>Julien Apprenti (Couture)</td>"
					+ "<td>Julien Apprenti (Réparer un vélo)</td>")
			.contains("data-graph-url=\"/networks/" + this.network.slug() + "/reciprocity/graph\"");
		assertThat(this.mvc.get().uri(page + "/graph").with(this.animator.auth())).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.nodes[0].label").isEqualTo("Nadia Couture");
				assertThat(json).extractingPath("$.edges[0].source").isEqualTo("n1");
				assertThat(json).extractingPath("$.edges[0].target").isEqualTo("n2");
				assertThat(json).extractingPath("$.edges[0].weight").isEqualTo(1);
			});
		Person other = this.fixtures.person(this.network, NetworkRole.MEMBER, "Zoé Voisine");
		assertThat(this.mvc.get().uri(page).with(other.auth())).hasStatusOk()
			.bodyText()
			.contains("Personne 1")
			.doesNotContain("Nadia Couture")
			.doesNotContain("Réparer un vélo");
		assertThat(this.mvc.get().uri(page + "/graph").with(other.auth())).hasStatusOk()
			.bodyText()
			.contains("Personne 1")
			.doesNotContain("Nadia Couture")
			.doesNotContain("Julien");
	}

	@Test
	void shouldExportAndThenEraseWhatALeavingMemberWrote() {
		NetworkScope team = ExchangeTestData.animatorScope(this.network, this.animator);
		this.terms.save(team, this.exchangeId, new TermsText(null, null, null, "Ourlets", null, null), 0, null);
		this.exchanges.changeStatus(team, this.exchangeId, ExchangeStatus.RUNNING, null);
		this.debriefs.write(scope(this.julien), this.exchangeId, this.julien.member().id(),
				new DebriefAnswers("Mon secret", null, null, null, null, null), false);
		assertThat(this.mvc.get().uri("/networks/" + this.network.slug() + "/export").with(this.julien.auth()))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.exchanges[0].subject").isEqualTo("Couture");
				assertThat(json).extractingPath("$.exchanges[0].role").isEqualTo("LEARNS");
				assertThat(json).extractingPath("$.exchanges[0].debriefs[0].answers.interesting")
					.isEqualTo("Mon secret");
			});
		this.memberships.leave(this.network.id(), this.julien.member().id());
		assertThat(this.jdbc.queryForObject("select count(*) from debrief where member_id = ?", Integer.class,
				this.julien.member().id()))
			.isZero();
		ExchangeView after = this.exchanges.get(team, this.exchangeId);
		assertThat(after.status()).isEqualTo(ExchangeStatus.STOPPED);
		assertThat(after.stopReason()).isEqualTo("Une personne a quitté le réseau.");
		assertThat(after.participants()).hasSize(2);
		Map<Long, MemberView> people = this.exchanges.people(Set.of(this.julien.member().id()));
		assertThat(people.get(this.julien.member().id()).displayName()).isNull();
	}

	private long running(String subject, NetworkScope team) {
		long id = this.exchanges
			.fromIntroduction(ExchangeTestData.oneToOne(this.network, this.nadia, this.julien, subject));
		this.terms.save(team, id, new TermsText("Chaque semaine", null, null, null, null, null), 0, null);
		this.exchanges.changeStatus(team, id, ExchangeStatus.RUNNING, null);
		return id;
	}

	private static org.reciproque.network.NetworkSettings withStalledAfter(NetworkView network, int weeks) {
		return new org.reciproque.network.NetworkSettings(network.name(), network.town(), network.description(),
				network.charter(), network.memberIntroductionsAllowed(), network.boardPublic(),
				network.introductionExpiryDays(), weeks);
	}

	private NetworkScope scope(Person person) {
		return ExchangeTestData.scope(this.network, person);
	}

	private String page(String path) {
		return "/networks/" + this.network.slug() + "/exchanges/" + this.exchangeId + path;
	}

}
