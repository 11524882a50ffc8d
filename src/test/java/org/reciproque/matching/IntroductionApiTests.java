package org.reciproque.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.notification.Mailer;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Introductions through the JSON API: consent first, contact details only on the channel
 * chosen and only once accepted, and every bad input the issue lists.
 */
@IntegrationTest
@RecordApplicationEvents
class IntroductionApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Knowledges knowledges;

	@Autowired
	Memberships memberships;

	@Autowired
	Introductions introductions;

	@Autowired
	Mailer mailer;

	@Autowired
	Networks networks;

	@Autowired
	ApplicationEvents events;

	NetworkView network;

	Person animator;

	Person offerer;

	Person learner;

	NetworkScope scope;

	KnowledgeView offer;

	KnowledgeView request;

	@BeforeEach
	void setUp() {
		this.network = this.fixtures.network();
		this.animator = this.fixtures.person(this.network, NetworkRole.ANIMATOR, "Nadia Animatrice");
		this.offerer = this.fixtures.person(this.network, NetworkRole.MEMBER, "Odile Tricoteuse");
		this.learner = this.fixtures.person(this.network, NetworkRole.MEMBER, "Léon Apprenti");
		MatchingFixtures.contactDetails(this.memberships, this.network, this.offerer,
				TestFixtures.unique("odile") + "@example.org", "06 11 22 33 44");
		MatchingFixtures.contactDetails(this.memberships, this.network, this.learner,
				TestFixtures.unique("leon") + "@example.org", "07 55 66 77 88");
		this.scope = MatchingFixtures.animatorScope(this.network, this.animator);
		this.offer = MatchingFixtures.item(this.knowledges, this.scope, this.offerer.member().id(), Direction.OFFER,
				"Tricot pour débutants", "Les points de base, écharpe");
		this.request = MatchingFixtures.item(this.knowledges, this.scope, this.learner.member().id(), Direction.REQUEST,
				"Apprendre à tricoter", null);
	}

	@Test
	void shouldShareContactsOnlyOnceEveryoneAcceptedAndOnlyOnTheChosenChannel() throws Exception {
		MvcTestResult proposed = propose(this.animator, this.offer.id(), this.request.id());
		assertThat(proposed).hasStatus(HttpStatus.CREATED).bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.status").isEqualTo("PROPOSED");
			assertThat(json).extractingPath("$.consents[*].status").asArray().containsOnly("PENDING");
			assertThat(json).extractingPath("$.consents[*].memberId")
				.asArray()
				.containsExactly((int) this.offerer.member().id(), (int) this.learner.member().id());
		});
		long id = id(proposed);
		String learnerEmail = this.memberships.contact(this.network.id(), this.learner.member().id()).email();
		assertThat(this.mailer.messagesTo(learnerEmail)).anySatisfy((mail) -> {
			assertThat(mail.subject()).contains("Tricot pour débutants");
			assertThat(mail.body()).contains("/introductions/" + id).doesNotContain("06 11 22 33 44");
			assertThat(mail.body()).containsPattern("Répondre avant le [0-9]{2}/[0-9]{2}/[0-9]{4}");
		});

		assertThat(consent(this.learner, id, this.learner, "ACCEPT", "PHONE")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("PROPOSED");
		// Nothing is shared before the other person agreed.
		String before = get(this.learner, id).getResponse().getContentAsString();
		assertThat(before).doesNotContain("06 11 22 33 44").doesNotContain("07 55 66 77 88");
		assertThat(JsonPath.<List<Object>>read(before, "$.consents[?(@.sharedContact != null)]")).isEmpty();

		assertThat(consent(this.offerer, id, this.offerer, "ACCEPT", "EMAIL")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("ACCEPTED");
		String offererEmail = this.memberships.contact(this.network.id(), this.offerer.member().id()).email();
		for (Person reader : List.of(this.learner, this.offerer, this.animator)) {
			String body = get(reader, id).getResponse().getContentAsString();
			assertThat(body).contains(offererEmail).contains("07 55 66 77 88");
			// The offerer chose email: their phone never shows; the learner chose phone:
			// their email never shows.
			assertThat(body).doesNotContain("06 11 22 33 44").doesNotContain(learnerEmail);
			assertThat(JsonPath.<String>read(body, "$.consents[0].sharedContact.channel")).isEqualTo("EMAIL");
			assertThat(JsonPath.<String>read(body, "$.consents[1].sharedContact.value")).isEqualTo("07 55 66 77 88");
		}
		assertThat(this.events.stream(IntroductionAccepted.class)).singleElement().satisfies((event) -> {
			assertThat(event.introductionId()).isEqualTo(id);
			assertThat(event.knowledgeId()).isEqualTo(this.offer.id());
			assertThat(event.participants()).containsExactly(
					new IntroductionAccepted.Participant(this.offerer.member().id(), ParticipantRole.PASSES_ON),
					new IntroductionAccepted.Participant(this.learner.member().id(), ParticipantRole.LEARNS));
		});
		// The consent record: proposed, two answers with their channel, accepted.
		assertThat(JsonPath.<List<String>>read(get(this.animator, id).getResponse().getContentAsString(),
				"$.history[*].kind"))
			.containsExactly("PROPOSED", "ACCEPTED", "ACCEPTED", "COMPLETED");
		// A member of the network who is not concerned sees nothing.
		Person other = this.fixtures.person(this.network, NetworkRole.MEMBER, "Curieux");
		assertThat(get(other, id)).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldAcceptACollectiveIntroductionWithTheOffererAndOneLearnerAndLetOthersJoin() throws Exception {
		Person second = this.fixtures.person(this.network, NetworkRole.MEMBER, "Sonia Seconde");
		KnowledgeView secondRequest = MatchingFixtures.item(this.knowledges, this.scope, second.member().id(),
				Direction.REQUEST, "Tricoter un bonnet", null);
		long id = id(propose(this.animator, this.offer.id(), this.request.id(), secondRequest.id()));
		consent(this.offerer, id, this.offerer, "ACCEPT", "ANIMATOR");
		assertThat(consent(this.learner, id, this.learner, "ACCEPT", null)).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("ACCEPTED");
		assertThat(this.events.stream(IntroductionAccepted.class)).singleElement()
			.satisfies((event) -> assertThat(event.collective()).isTrue());
		assertThat(consent(second, id, second, "ACCEPT", null)).hasStatusOk();
		assertThat(this.events.stream(IntroductionJoined.class)).singleElement()
			.satisfies((event) -> assertThat(event.participant().memberId()).isEqualTo(second.member().id()));
	}

	@Test
	void shouldLetAnAnimatorRecordTheAnswerOfAMemberWithoutAccountOnly() throws Exception {
		MemberView fatou = this.fixtures.withoutAccount(this.network, this.animator, "Fatou Sans Compte", null,
				"06 99 88 77 66");
		KnowledgeView fatouRequest = MatchingFixtures.item(this.knowledges, this.scope, fatou.id(), Direction.REQUEST,
				"Tricot au crochet", null);
		long id = id(propose(this.animator, this.offer.id(), fatouRequest.id()));
		// How the answer was received is required.
		assertThat(answer(this.animator, id, fatou.id(), "ACCEPT", "PHONE", null)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("recordedHow");
		assertThat(answer(this.animator, id, fatou.id(), "ACCEPT", "PHONE", "IN_PERSON")).hasStatusOk();
		// An animator never answers for someone who signs in.
		assertThat(answer(this.animator, id, this.offerer.member().id(), "ACCEPT", "EMAIL", "PHONE"))
			.hasStatus(HttpStatus.FORBIDDEN);
		// Nor does another member.
		assertThat(answer(this.learner, id, this.offerer.member().id(), "ACCEPT", "EMAIL", null))
			.hasStatus(HttpStatus.FORBIDDEN);
		IntroductionView view = this.introductions.get(this.scope, id);
		IntroductionView.Consent recorded = view.consentOf(fatou.id());
		assertThat(recorded.status()).isEqualTo(ConsentStatus.ACCEPTED);
		assertThat(recorded.recordedById()).isEqualTo(this.animator.member().id());
		assertThat(recorded.recordedHow()).isEqualTo(RecordedHow.IN_PERSON);
		assertThat(view.consentOf(this.offerer.member().id()).status()).isEqualTo(ConsentStatus.PENDING);
	}

	@Test
	void shouldRefuseBadProposals() throws Exception {
		// One's own items to oneself.
		KnowledgeView ownRequest = MatchingFixtures.item(this.knowledges, this.scope, this.offerer.member().id(),
				Direction.REQUEST, "Apprendre le crochet", null);
		assertThat(propose(this.animator, this.offer.id(), ownRequest.id())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("requestIds[0]");
		// Items of a network the caller cannot reach.
		NetworkView elsewhere = this.fixtures.network();
		Person stranger = this.fixtures.person(elsewhere, NetworkRole.ANIMATOR, "Ailleurs");
		KnowledgeView foreign = MatchingFixtures.item(this.knowledges,
				MatchingFixtures.animatorScope(elsewhere, stranger), stranger.member().id(), Direction.REQUEST,
				"Tricot ailleurs", null);
		assertThat(propose(this.animator, this.offer.id(), foreign.id())).hasStatus(HttpStatus.BAD_REQUEST);
		// A paused item.
		this.knowledges.changeStatus(this.scope, this.request.id(), KnowledgeStatus.PAUSED);
		assertThat(propose(this.animator, this.offer.id(), this.request.id())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("en pause");
		// An offer where a request is expected, an empty list, malformed JSON.
		assertThat(propose(this.animator, this.request.id(), this.offer.id())).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(this.animator, "/introductions", "{\"offerId\":" + this.offer.id() + ",\"requestIds\":[]}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("requestIds");
		assertThat(post(this.animator, "/introductions", "{\"offerId\":")).hasStatus(HttpStatus.BAD_REQUEST);
		// A member does not propose through the API.
		assertThat(propose(this.learner, this.offer.id(), this.request.id())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.introductions.list(this.scope, List.of())).isEmpty();
	}

	@Test
	void shouldRefuseAnswersTwiceAfterCancellationAndAfterExpiry() throws Exception {
		long id = id(propose(this.animator, this.offer.id(), this.request.id()));
		assertThat(consent(this.learner, id, this.learner, "DECLINE", null)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("DECLINED");
		assertThat(consent(this.learner, id, this.learner, "ACCEPT", null)).hasStatus(HttpStatus.CONFLICT);
		// A declined pair is never proposed again.
		assertThat(propose(this.animator, this.offer.id(), this.request.id())).hasStatus(HttpStatus.CONFLICT);

		Person third = this.fixtures.person(this.network, NetworkRole.MEMBER, "Tiers");
		KnowledgeView thirdRequest = MatchingFixtures.item(this.knowledges, this.scope, third.member().id(),
				Direction.REQUEST, "Tricot encore", null);
		long cancelled = id(propose(this.animator, this.offer.id(), thirdRequest.id()));
		assertThat(post(this.animator, "/introductions/" + cancelled + "/cancel", "")).hasStatusOk();
		assertThat(consent(third, cancelled, third, "ACCEPT", null)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("annulée");
		// A cancelled pair may be proposed again; this time it expires.
		long expiring = id(propose(this.animator, this.offer.id(), thirdRequest.id()));
		IntroductionView open = this.introductions.get(this.scope, expiring);
		String thirdEmail = this.memberships.contact(this.network.id(), third.member().id()).email();
		int before = this.mailer.messagesTo(thirdEmail).size();
		// Halfway: one reminder, once.
		java.time.Instant halfway = open.createdAt()
			.plus(Duration.between(open.createdAt(), open.expiresAt()).dividedBy(2));
		assertThat(this.introductions.expireAndRemind(halfway.plusSeconds(60))).isPositive();
		this.introductions.expireAndRemind(halfway.plusSeconds(120));
		assertThat(this.mailer.messagesTo(thirdEmail)).hasSize(before + 1);
		this.introductions.expireAndRemind(open.expiresAt().plusSeconds(1));
		assertThat(this.introductions.get(this.scope, expiring).status()).isEqualTo(IntroductionStatus.EXPIRED);
		assertThat(consent(third, expiring, third, "ACCEPT", null)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("délai");
	}

	@Test
	void shouldRefuseAChannelWithoutTheMatchingContactDetail() throws Exception {
		MemberView noPhone = this.fixtures.withoutAccount(this.network, this.animator, "Sans Téléphone", null, null);
		KnowledgeView noPhoneRequest = MatchingFixtures.item(this.knowledges, this.scope, noPhone.id(),
				Direction.REQUEST, "Tricot du dimanche", null);
		long id = id(propose(this.animator, this.offer.id(), noPhoneRequest.id()));
		assertThat(answer(this.animator, id, noPhone.id(), "ACCEPT", "PHONE", "IN_PERSON"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("channel");
		assertThat(this.introductions.get(this.scope, id).consentOf(noPhone.id()).status())
			.isEqualTo(ConsentStatus.PENDING);
	}

	@Test
	void shouldCreateExactlyOneIntroductionWhenTwoAnimatorsProposeTheSamePairAtOnce() throws Exception {
		Person secondAnimator = this.fixtures.person(this.network, NetworkRole.ANIMATOR, "Second Animateur");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (Person proposer : List.of(this.animator, secondAnimator)) {
				Callable<Integer> call = () -> {
					start.await();
					return propose(proposer, this.offer.id(), this.request.id()).getResponse().getStatus();
				};
				results.add(pool.submit(call));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.introductions.list(this.scope, List.of())).hasSize(1);
	}

	@Test
	void shouldLetAMemberSayTheyAreInterestedWhenTheNetworkAllowsIt() throws Exception {
		NetworkScope learnerScope = new NetworkScope(this.network.id(), this.network.slug(), this.network.name(),
				this.learner.member().id(), NetworkRole.MEMBER);
		// A message too long is refused with a field error, nothing saved.
		assertThatExceptionOfType(FieldErrorsException.class)
			.isThrownBy(() -> this.introductions.expressInterest(learnerScope, this.offer.id(),
					org.reciproque.member.ContactChannel.EMAIL, "x".repeat(ProposeIntroduction.MAX_NOTE + 1)))
			.satisfies((ex) -> assertThat(ex.errors()).singleElement()
				.satisfies((error) -> assertThat(error.field()).isEqualTo("note")));
		assertThat(this.introductions.list(this.scope, List.of())).isEmpty();
		IntroductionView asked = this.introductions.expressInterest(learnerScope, this.offer.id(),
				org.reciproque.member.ContactChannel.EMAIL, "Bonjour !");
		assertThat(asked.initiatedBy()).isEqualTo(Initiative.MEMBER);
		assertThat(asked.consentOf(this.learner.member().id()).status()).isEqualTo(ConsentStatus.ACCEPTED);
		assertThat(asked.consentOf(this.offerer.member().id()).status()).isEqualTo(ConsentStatus.PENDING);
		assertThat(consent(this.offerer, asked.id(), this.offerer, "ACCEPT", "PHONE")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("ACCEPTED");
		// Once the network turns member-initiated introductions off, only animators
		// propose.
		Person third = this.fixtures.person(this.network, NetworkRole.MEMBER, "Tiers Intéressé");
		this.networks.update(this.network.slug(),
				this.networks.get(this.network.slug()).settings().withMemberIntroductions(false));
		NetworkScope thirdScope = new NetworkScope(this.network.id(), this.network.slug(), this.network.name(),
				third.member().id(), NetworkRole.MEMBER);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.introductions.expressInterest(thirdScope, this.offer.id(),
					org.reciproque.member.ContactChannel.ANIMATOR, null))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("introduction.error.memberIntroductionsOff"));
	}

	private MvcTestResult propose(Person caller, long offerId, long... requestIds) {
		StringBuilder ids = new StringBuilder();
		for (long requestId : requestIds) {
			ids.append((ids.length() > 0) ? "," : "").append(requestId);
		}
		return post(caller, "/introductions", "{\"offerId\":" + offerId + ",\"requestIds\":[" + ids + "]}");
	}

	private MvcTestResult consent(Person caller, long id, Person who, String decision, String channel) {
		return answer(caller, id, who.member().id(), decision, channel, null);
	}

	private MvcTestResult answer(Person caller, long id, long memberId, String decision, String channel,
			String recordedHow) {
		return post(caller, "/introductions/" + id + "/consents",
				"{\"memberId\":" + memberId + ",\"decision\":\"" + decision + "\""
						+ ((channel != null) ? ",\"channel\":\"" + channel + "\"" : "")
						+ ((recordedHow != null) ? ",\"recordedHow\":\"" + recordedHow + "\"" : "") + "}");
	}

	private MvcTestResult get(Person caller, long id) {
		return this.mvc.get()
			.uri("/api/v1/networks/" + this.network.slug() + "/introductions/" + id)
			.with(caller.auth())
			.accept(MediaType.APPLICATION_JSON)
			.exchange();
	}

	private MvcTestResult post(Person caller, String path, String json) {
		return this.mvc.post()
			.uri("/api/v1/networks/" + this.network.slug() + path)
			.with(caller.auth())
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private static long id(MvcTestResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

}
