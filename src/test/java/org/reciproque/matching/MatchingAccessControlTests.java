package org.reciproque.matching;

import java.util.List;
import java.util.Map;
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
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.member.MemberView;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every suggestion and introduction route, every kind of caller. The introduction used
 * concerns the matrix's member (who offers) and a member without account (who asks).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingAccessControlTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Knowledges knowledges;

	@Autowired
	Introductions introductions;

	AccessMatrix matrix;

	Map<String, String> placeholders;

	MemberView subject;

	KnowledgeView offer;

	KnowledgeView request;

	@BeforeAll
	void setUp() {
		this.matrix = AccessMatrix.create(this.mvc, this.fixtures);
		NetworkView network = this.matrix.network();
		NetworkScope scope = MatchingFixtures.animatorScope(network, this.matrix.animator());
		this.subject = this.fixtures.withoutAccount(network, this.matrix.animator(), "Sans Compte", null, null);
		this.offer = MatchingFixtures.item(this.knowledges, scope, this.matrix.member().member().id(), Direction.OFFER,
				"Tricot", "Points de base");
		this.request = MatchingFixtures.item(this.knowledges, scope, this.subject.id(), Direction.REQUEST,
				"Apprendre le tricot", null);
		IntroductionView introduction = this.introductions.propose(scope,
				new ProposeIntroduction(this.offer.id(), List.of(this.request.id()), null));
		this.placeholders = Map.of("introduction", String.valueOf(introduction.id()), "item",
				String.valueOf(this.request.id()), "offer", String.valueOf(this.offer.id()), "member",
				String.valueOf(this.subject.id()));
	}

	static Stream<Arguments> routes() {
		return Stream.of(route("GET", "/networks/{slug}/introductions", Audience.MEMBER),
				route("GET", "/networks/{slug}/introductions/{introduction}", Audience.MEMBER),
				route("POST", "/networks/{slug}/introductions/{introduction}/answer", Audience.SELF),
				route("POST", "/networks/{slug}/introductions/{introduction}/cancel", Audience.NETWORK_ANIMATOR),
				route("GET", "/networks/{slug}/introductions/new?offer={offer}", Audience.NETWORK_ANIMATOR),
				route("POST", "/networks/{slug}/introductions/new", Audience.NETWORK_ANIMATOR),
				route("GET", "/networks/{slug}/introductions/direct", Audience.NETWORK_ANIMATOR),
				route("POST", "/networks/{slug}/introductions/direct", Audience.NETWORK_ANIMATOR),
				route("GET", "/networks/{slug}/knowledge/{item}/interest", Audience.SELF),
				route("POST", "/networks/{slug}/knowledge/{item}/interest", Audience.SELF),
				route("GET", "/networks/{slug}/knowledge/{item}/suggestions", Audience.ANIMATOR),
				route("GET", "/networks/{slug}/suggestions", Audience.ANIMATOR),
				route("POST", "/networks/{slug}/suggestions/circle", Audience.NETWORK_ANIMATOR),
				route("GET", "/api/v1/networks/{slug}/knowledge/{item}/suggestions", Audience.ANIMATOR),
				route("GET", "/api/v1/networks/{slug}/knowledge/{offer}/suggestions", Audience.MEMBER),
				route("POST", "/api/v1/networks/{slug}/introductions", Audience.NETWORK_ANIMATOR),
				route("POST", "/api/v1/networks/{slug}/introductions/direct", Audience.NETWORK_ANIMATOR),
				route("GET", "/api/v1/networks/{slug}/introductions", Audience.MEMBER),
				route("GET", "/api/v1/networks/{slug}/introductions/{introduction}", Audience.MEMBER),
				route("POST", "/api/v1/networks/{slug}/introductions/{introduction}/consents",
						Audience.NETWORK_ANIMATOR),
				route("POST", "/api/v1/networks/{slug}/introductions/{introduction}/cancel",
						Audience.NETWORK_ANIMATOR));
	}

	static Arguments route(String method, String path, Audience audience) {
		return Arguments.of(method, path, audience);
	}

	@ParameterizedTest(name = "{0} {1} is for {2}")
	@MethodSource("routes")
	void shouldLetInOnlyTheRightCallers(String method, String template, Audience audience) {
		String body;
		if (template.endsWith("/consents")) {
			body = "{\"memberId\":" + this.subject.id() + ",\"decision\":\"DECLINE\",\"recordedHow\":\"PHONE\"}";
		}
		else if (template.endsWith("/direct")) {
			body = "{\"passesOnMemberId\":" + this.matrix.member().member().id() + ",\"learnerIds\":["
					+ this.subject.id() + "],\"subject\":\"Couture\"}";
		}
		else {
			body = "{\"offerId\":" + this.offer.id() + ",\"requestIds\":[" + this.request.id() + "]}";
		}
		this.matrix.check(method, template, audience, this.placeholders, body);
	}

}
