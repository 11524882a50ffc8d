package org.reciproque.exchange;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reciproque.AccessMatrix;
import org.reciproque.AccessMatrix.Audience;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.matching.IntroductionAccepted;
import org.reciproque.matching.ParticipantRole;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every exchange route, every kind of caller. {@code {mine}} is an exchange the matrix's
 * member takes part in (participants and the animation team get in); {@code {theirs}} is
 * one between two other members (only the animation team gets in).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeAccessControlTests {

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
	CalendarFeeds feeds;

	@Autowired
	Clock clock;

	AccessMatrix matrix;

	Map<String, String> placeholders;

	@BeforeAll
	void setUp() {
		this.matrix = AccessMatrix.create(this.mvc, this.fixtures);
		NetworkView network = this.matrix.network();
		Person nadia = this.fixtures.person(network, NetworkRole.MEMBER, "Nadia Couture");
		Person julien = this.fixtures.person(network, NetworkRole.MEMBER, "Julien Apprenti");
		NetworkScope team = ExchangeTestData.animatorScope(network, this.matrix.animator());
		long mine = this.exchanges.fromIntroduction(
				new IntroductionAccepted(ExchangeTestData.introductionId(), network.id(), null, "Tricot", false,
						List.of(new IntroductionAccepted.Participant(nadia.member().id(), ParticipantRole.PASSES_ON),
								new IntroductionAccepted.Participant(this.matrix.member().member().id(),
										ParticipantRole.LEARNS))));
		long theirs = this.exchanges.fromIntroduction(ExchangeTestData.oneToOne(network, nadia, julien, "Vélo"));
		this.terms.save(team, theirs, new TermsText("Chaque lundi", null, null, null, null, null), 0, null);
		this.exchanges.changeStatus(team, theirs, ExchangeStatus.RUNNING, null);
		MeetingView past = this.meetings.add(team, theirs, new MeetingCommand(
				this.clock.instant().minus(Duration.ofDays(1)), null, "Atelier", null, null, true, Set.of()));
		DebriefView debrief = this.debriefs.write(team, theirs, nadia.member().id(),
				new DebriefAnswers("Bien", null, null, null, null, null), false);
		String token = this.feeds.renew(nadia.member().id());
		this.placeholders = Map.of("mine", String.valueOf(mine), "theirs", String.valueOf(theirs), "meeting",
				String.valueOf(past.id()), "debrief", String.valueOf(debrief.id()), "token", token, "member",
				String.valueOf(julien.member().id()));
	}

	static Stream<Arguments> routes() {
		String e = "/networks/{slug}/exchanges";
		String api = "/api/v1/networks/{slug}/exchanges";
		return Stream.of(route("GET", e, Audience.MEMBER), route("GET", e + "/{mine}", Audience.MEMBER),
				route("GET", e + "/{theirs}", Audience.ANIMATOR), route("GET", e + "/new", Audience.ANIMATOR),
				route("POST", e + "/new", Audience.ANIMATOR), route("POST", e + "/{mine}/status", Audience.MEMBER),
				route("POST", e + "/{theirs}/status", Audience.ANIMATOR),
				route("POST", e + "/{theirs}/participants", Audience.ANIMATOR),
				route("GET", e + "/{theirs}/message", Audience.ANIMATOR),
				route("POST", e + "/{theirs}/message", Audience.ANIMATOR),
				route("GET", e + "/{mine}/terms", Audience.MEMBER), route("POST", e + "/{mine}/terms", Audience.MEMBER),
				route("GET", e + "/{theirs}/terms", Audience.ANIMATOR),
				route("POST", e + "/{theirs}/terms", Audience.ANIMATOR),
				route("GET", e + "/{theirs}/terms/history", Audience.ANIMATOR),
				route("GET", e + "/{mine}/meetings/new", Audience.MEMBER),
				route("GET", e + "/{theirs}/meetings/new", Audience.ANIMATOR),
				route("POST", e + "/{theirs}/meetings/new", Audience.ANIMATOR),
				route("GET", e + "/{theirs}/meetings/{meeting}/held", Audience.ANIMATOR),
				route("POST", e + "/{theirs}/meetings/{meeting}/held", Audience.ANIMATOR),
				route("GET", e + "/{theirs}/debrief", Audience.ANIMATOR),
				route("POST", e + "/{theirs}/debrief", Audience.ANIMATOR),
				route("POST", e + "/{theirs}/debriefs/{debrief}/share", Audience.ANIMATOR),
				route("GET", e + "/{mine}/calendar.ics", Audience.MEMBER),
				route("GET", e + "/{theirs}/calendar.ics", Audience.ANIMATOR),
				route("POST", e + "/{theirs}/meetings/{meeting}/cancel", Audience.ANIMATOR),
				route("GET", "/networks/{slug}/follow-up", Audience.ANIMATOR),
				route("GET", "/networks/{slug}/reciprocity", Audience.MEMBER),
				route("GET", "/networks/{slug}/reciprocity/graph", Audience.MEMBER),
				route("POST", "/networks/{slug}/reciprocity/prompts/PASS_ON/dismiss", Audience.SELF),
				route("GET", "/networks/{slug}/members/{member}", Audience.MEMBER),
				route("GET", "/networks/{slug}/calendar", Audience.SELF),
				route("POST", "/networks/{slug}/calendar/renew", Audience.SELF),
				route("POST", "/networks/{slug}/calendar/revoke", Audience.SELF),
				route("GET", "/calendar/{token}.ics", Audience.ANYONE), route("GET", api, Audience.MEMBER),
				route("POST", api, Audience.ANIMATOR), route("GET", api + "/{mine}", Audience.MEMBER),
				route("GET", api + "/{theirs}", Audience.ANIMATOR),
				route("PUT", api + "/{mine}/terms", Audience.MEMBER),
				route("PUT", api + "/{theirs}/terms", Audience.ANIMATOR),
				route("POST", api + "/{theirs}/meetings", Audience.ANIMATOR),
				route("GET", api + "/{theirs}/debriefs", Audience.ANIMATOR),
				route("POST", api + "/{theirs}/debriefs", Audience.ANIMATOR),
				route("POST", api + "/{mine}/status", Audience.MEMBER),
				route("POST", api + "/{theirs}/status", Audience.ANIMATOR));
	}

	static Arguments route(String method, String path, Audience audience) {
		return Arguments.of(method, path, audience);
	}

	@ParameterizedTest(name = "{0} {1} is for {2}")
	@MethodSource("routes")
	void shouldLetInOnlyTheRightCallers(String method, String template, Audience audience) {
		this.matrix.check(method, template, audience, this.placeholders, body(method, template));
	}

	private String body(String method, String template) {
		if (template.endsWith("/terms")) {
			return "{\"content\":\"Les mailles\"}";
		}
		if (template.endsWith("/meetings")) {
			return "{\"startsAt\":\"2099-01-05T18:00\"}";
		}
		if (template.endsWith("/status")) {
			return "{\"status\":\"STOPPED\"}";
		}
		if (template.endsWith("/debriefs")) {
			return "{\"memberId\":" + this.placeholders.get("member") + ",\"learned\":\"Beaucoup\"}";
		}
		if (method.equals("POST")) {
			return "{\"subject\":\"Couture\",\"format\":\"ONE_TO_ONE\",\"participants\":[{\"memberId\":"
					+ this.matrix.member().member().id() + ",\"role\":\"LEARNS\"},{\"memberId\":"
					+ this.placeholders.get("member") + ",\"role\":\"PASSES_ON\"}]}";
		}
		return "";
	}

}
