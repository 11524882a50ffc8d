package org.reciproque.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.network.NetworkView;
import org.reciproque.notification.Mailer;
import org.reciproque.platform.security.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange API, in the shapes the issue gives, and the bad input it lists: terms of
 * someone else's exchange, an upcoming meeting in the past, an end before a start, a
 * debrief by a non-participant or twice, concurrent edits of the terms.
 */
@IntegrationTest
class ExchangeApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Exchanges exchanges;

	@Autowired
	Mailer mailer;

	@Autowired
	Clock clock;

	NetworkView network;

	Person animator;

	Person nadia;

	Person julien;

	Person outsider;

	long exchangeId;

	@BeforeEach
	void setUp() {
		this.network = this.fixtures.network();
		this.animator = this.fixtures.person(this.network, NetworkRole.ANIMATOR, "Alix Animatrice");
		this.nadia = this.fixtures.person(this.network, NetworkRole.MEMBER, "Nadia Couture");
		this.julien = this.fixtures.person(this.network, NetworkRole.MEMBER, "Julien Apprenti");
		this.outsider = this.fixtures.person(this.network, NetworkRole.MEMBER, "Odile Ailleurs");
		this.exchangeId = this.exchanges
			.fromIntroduction(ExchangeTestData.oneToOne(this.network, this.nadia, this.julien, "Couture"));
	}

	@Test
	void shouldShowAnExchangeInTheIssueShape() {
		assertThat(get(this.julien, "/exchanges/" + this.exchangeId)).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.id").asNumber().isEqualTo((int) this.exchangeId);
			assertThat(json).extractingPath("$.status").isEqualTo("AGREEING_TERMS");
			assertThat(json).extractingPath("$.format").isEqualTo("ONE_TO_ONE");
			assertThat(json).extractingPath("$.knowledgeId").isNull();
			assertThat(json).extractingPath("$.participants[0].memberId")
				.asNumber()
				.isEqualTo((int) this.nadia.member().id());
			assertThat(json).extractingPath("$.participants[0].role").isEqualTo("PASSES_ON");
			assertThat(json).extractingPath("$.participants[1].role").isEqualTo("LEARNS");
			assertThat(json).extractingPath("$.terms").isNull();
			assertThat(json).extractingPath("$.meetings").asArray().isEmpty();
		});
		assertThat(get(this.animator, "/exchanges?status=AGREEING_TERMS")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains((int) this.exchangeId);
		assertThat(get(this.nadia, "/exchanges?status=RUNNING")).hasStatusOk()
			.bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
		assertThat(get(this.outsider, "/exchanges")).hasStatusOk().bodyJson().extractingPath("$").asArray().isEmpty();
		assertThat(get(this.outsider, "/exchanges/" + this.exchangeId)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldKeepEveryVersionOfTheTermsAndTellTheSecondWriter() {
		assertThat(
				put(this.nadia, "/terms", "{\"frequency\":\"Chaque mardi\",\"place\":\"Médiathèque\",\"version\":0}"))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.terms.version").asNumber().isEqualTo(1);
				assertThat(json).extractingPath("$.terms.frequency").isEqualTo("Chaque mardi");
				assertThat(json).extractingPath("$.terms.writtenBy")
					.asNumber()
					.isEqualTo((int) this.nadia.member().id());
			});
		assertThat(this.mailer.messagesTo(this.julien.account().email()))
			.anySatisfy((mail) -> assertThat(mail.subject()).contains("Couture").contains("modalités"));
		assertThat(this.mailer.messagesTo(this.nadia.account().email())).isEmpty();

		assertThat(put(this.julien, "/terms", "{\"frequency\":\"Chaque jeudi\",\"version\":1}")).hasStatusOk();
		// Nadia still had version 1 in front of her
		MvcTestResult stale = put(this.nadia, "/terms", "{\"frequency\":\"Chaque lundi\",\"version\":1}");
		assertThat(stale).hasStatus(HttpStatus.CONFLICT).bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.currentVersion").asNumber().isEqualTo(2);
			assertThat(json).extractingPath("$.detail").asString().contains("Rien n'est perdu");
		});
		assertThat(get(this.nadia, "/exchanges/" + this.exchangeId)).bodyJson()
			.extractingPath("$.terms.frequency")
			.isEqualTo("Chaque jeudi");
		assertThat(put(this.nadia, "/terms", "{\"frequency\":\"Chaque lundi\",\"version\":2}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.terms.version")
			.asNumber()
			.isEqualTo(3);

		assertThat(this.mvc.get()
			.uri("/networks/" + this.network.slug() + "/exchanges/" + this.exchangeId + "/terms/history")
			.with(this.julien.auth())).hasStatusOk()
			.bodyText()
			.contains("Version 3")
			.contains("Chaque jeudi")
			.contains("Chaque lundi")
			.contains("Médiathèque");
	}

	@Test
	void shouldRefuseTermsOfSomeoneElsesExchange() {
		assertThat(put(this.outsider, "/terms", "{\"frequency\":\"Jamais\"}")).hasStatus(HttpStatus.FORBIDDEN);
		Person elsewhere = this.fixtures.person(this.fixtures.network(), NetworkRole.ADMIN, "Ailleurs Admin");
		assertThat(put(elsewhere, "/terms", "{\"frequency\":\"Jamais\"}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(put(this.nadia, "/terms", "{\"frequency\":\"" + "x".repeat(501) + "\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("frequency");
		assertThat(put(this.nadia, "/terms", "{}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(get(this.nadia, "/exchanges/" + this.exchangeId)).bodyJson().extractingPath("$.terms").isNull();
	}

	@Test
	void shouldGuardTheStatusTransitions() {
		assertThat(post(this.nadia, "/status", "{\"status\":\"RUNNING\"}")).hasStatus(HttpStatus.CONFLICT);
		assertThat(post(this.nadia, "/status", "{\"status\":\"DONE\"}")).hasStatus(HttpStatus.CONFLICT);
		assertThat(debrief(this.nadia, this.nadia, "C'était bien")).hasStatus(HttpStatus.CONFLICT);
		put(this.nadia, "/terms", "{\"content\":\"Les points de base\"}");
		assertThat(post(this.julien, "/status", "{\"status\":\"RUNNING\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("RUNNING");
		assertThat(post(this.julien, "/status", "{\"status\":\"AGREEING_TERMS\"}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(this.julien, "/status", "{\"status\":\"PAUSED\"}")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(this.outsider, "/status", "{\"status\":\"STOPPED\"}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(this.julien, "/status", "{\"status\":\"STOPPED\",\"reason\":\"Déménagement\"}")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.status").isEqualTo("STOPPED");
				assertThat(json).extractingPath("$.stopReason").isEqualTo("Déménagement");
			});
		assertThat(post(this.julien, "/status", "{\"status\":\"DONE\"}")).hasStatus(HttpStatus.CONFLICT);
		// no meeting on a stopped exchange
		assertThat(post(this.nadia, "/meetings", "{\"startsAt\":\"" + inDays(3) + "\"}"))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void shouldValidateMeetings() {
		MvcTestResult past = post(this.nadia, "/meetings", "{\"startsAt\":\"" + inDays(-2) + "\",\"held\":false}");
		assertThat(past).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.errors[0].field").isEqualTo("startsAt");
			assertThat(json).extractingPath("$.errors[0].message").asString().contains("passé");
		});
		MvcTestResult backwards = post(this.nadia, "/meetings",
				"{\"startsAt\":\"" + inDays(3) + "\",\"endsAt\":\"" + inDays(3).minusHours(1) + "\"}");
		assertThat(backwards).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("endsAt");
		assertThat(post(this.nadia, "/meetings", "{\"startsAt\":\"demain\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("startsAt");
		assertThat(post(this.nadia, "/meetings",
				"{\"startsAt\":\"" + inDays(-1) + "\",\"held\":true,\"attendees\":[" + this.outsider.member().id()
						+ "]}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("attendees");

		MvcTestResult planned = post(this.julien, "/meetings", "{\"startsAt\":\"" + inDays(3) + "\",\"endsAt\":\""
				+ inDays(3).plusHours(2) + "\",\"place\":\"Médiathèque\",\"link\":\"https://visio.example.org/x\"}");
		assertThat(planned).hasStatus(HttpStatus.CREATED).bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.held").isEqualTo(false);
			assertThat(json).extractingPath("$.place").isEqualTo("Médiathèque");
			assertThat(json).extractingPath("$.startsAt").asString().startsWith(inDays(3).toString().substring(0, 16));
		});
		MvcTestResult held = post(this.julien, "/meetings", "{\"startsAt\":\"" + inDays(-1) + "\",\"held\":true,"
				+ "\"notes\":\"Premiers points\",\"attendees\":[" + this.julien.member().id() + "]}");
		assertThat(held).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.attendees")
			.asArray()
			.containsExactly((int) this.julien.member().id());
		assertThat(get(this.nadia, "/exchanges/" + this.exchangeId)).bodyJson()
			.extractingPath("$.meetings")
			.asArray()
			.hasSize(2);
	}

	@Test
	void shouldTakeOneDebriefPerParticipantPrivateUnlessShared() {
		put(this.nadia, "/terms", "{\"content\":\"Les points de base\"}");
		post(this.nadia, "/status", "{\"status\":\"RUNNING\"}");
		post(this.nadia, "/status", "{\"status\":\"DONE\"}");
		// a non-participant, even entered by an animator
		assertThat(debrief(this.animator, this.outsider, "Je n'y étais pas")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("memberId");
		assertThat(debrief(this.outsider, this.outsider, "Je n'y étais pas")).hasStatus(HttpStatus.FORBIDDEN);
		// a participant for someone else
		assertThat(debrief(this.nadia, this.julien, "À sa place")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(debrief(this.nadia, this.nadia, "Transmettre m'a appris la patience")).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.stage").isEqualTo("FINAL");
				assertThat(json).extractingPath("$.continue").isEqualTo("Oui, la broderie");
				assertThat(json).extractingPath("$.shared").isEqualTo(false);
			});
		assertThat(debrief(this.nadia, this.nadia, "Encore")).hasStatus(HttpStatus.CONFLICT);
		// private: Julien does not see it, the animator does
		assertThat(get(this.julien, "/exchanges/" + this.exchangeId + "/debriefs")).bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
		assertThat(get(this.animator, "/exchanges/" + this.exchangeId + "/debriefs")).bodyJson()
			.extractingPath("$")
			.asArray()
			.hasSize(1);
		// an animator records Julien's, shared
		assertThat(post(this.animator, "/debriefs",
				"{\"memberId\":" + this.julien.member().id() + ",\"learned\":\"Ourlets\",\"shared\":true}"))
			.hasStatus(HttpStatus.CREATED);
		assertThat(get(this.nadia, "/exchanges/" + this.exchangeId + "/debriefs")).bodyJson()
			.extractingPath("$[*].learned")
			.asArray()
			.contains("Ourlets");
		assertThat(post(this.julien, "/debriefs", "{\"memberId\":" + this.julien.member().id() + "}"))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void shouldLetAnimatorsRecordAnExchangeStartedOutsideTheSoftware() {
		MvcTestResult created = this.mvc.post()
			.uri(uri(""))
			.with(this.animator.auth())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\":\"Groupe de parole\",\"format\":\"TALKING_GROUP\",\"participants\":[{\"memberId\":"
					+ this.nadia.member().id() + ",\"role\":\"PASSES_ON\"},{\"memberId\":" + this.julien.member().id()
					+ ",\"role\":\"LEARNS\"}]}")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.format").isEqualTo("TALKING_GROUP");
			// in a talking group everyone both passes on and learns
			assertThat(json).extractingPath("$.participants[*].role").asArray().containsOnly("BOTH");
		});
		assertThat(this.mvc.post()
			.uri(uri(""))
			.with(this.nadia.auth())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\":\"X\",\"format\":\"GROUP\",\"participants\":[]}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(
				this.mvc.post()
					.uri(uri(""))
					.with(this.animator.auth())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"subject\":\"Seul\",\"format\":\"GROUP\",\"participants\":[{\"memberId\":"
							+ this.nadia.member().id() + ",\"role\":\"PASSES_ON\"}]}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	private LocalDateTime inDays(int days) {
		return LocalDateTime.now(this.clock.withZone(ZoneId.of("Europe/Paris")))
			.plus(Duration.ofDays(days))
			.truncatedTo(ChronoUnit.MINUTES);
	}

	private MvcTestResult debrief(Person caller, Person about, String learnedByTeaching) {
		return post(caller, "/debriefs", "{\"memberId\":" + about.member().id() + ",\"learnedByTeaching\":\""
				+ learnedByTeaching + "\",\"continue\":\"Oui, la broderie\"}");
	}

	private MvcTestResult get(Person caller, String path) {
		return this.mvc.get().uri(uri(path)).with(caller.auth()).exchange();
	}

	private MvcTestResult put(Person caller, String path, String body) {
		return this.mvc.put()
			.uri(uri("/" + this.exchangeId + path))
			.with(caller.auth())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult post(Person caller, String path, String body) {
		return this.mvc.post()
			.uri(uri("/" + this.exchangeId + path))
			.with(caller.auth())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private String uri(String path) {
		String base = "/api/v1/networks/" + this.network.slug();
		return path.startsWith("/exchanges") ? base + path : base + "/exchanges" + path;
	}

}
