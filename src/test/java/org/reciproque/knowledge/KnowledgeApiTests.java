package org.reciproque.knowledge;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class KnowledgeApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Knowledges knowledges;

	@Autowired
	Memberships memberships;

	NetworkView network;

	Person animator;

	Person member;

	@BeforeEach
	void setUp() {
		this.network = this.fixtures.network();
		this.animator = this.fixtures.person(this.network, NetworkRole.ANIMATOR, "Nadia Animatrice");
		this.member = this.fixtures.person(this.network, NetworkRole.MEMBER, "Paul Membre");
	}

	@Test
	void shouldCreateReadUpdateAndDeleteAnOffer() throws Exception {
		MvcTestResult created = post(this.member, "/knowledge", """
				{"memberId": %d, "direction": "OFFER", "title": "Réparer un vélo",
				 "description": "Crevaison, freins,\\nréglages", "categories": ["bricolage/velo"],
				 "formats": ["ONE_TO_ONE", "GROUP"], "mode": "IN_PERSON", "town": "Rennes"}
				""".formatted(this.member.member().id()));
		assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.title").isEqualTo("Réparer un vélo");
			assertThat(json).extractingPath("$.description").isEqualTo("Crevaison, freins,\nréglages");
			assertThat(json).extractingPath("$.categories").asArray().containsExactly("bricolage/velo");
			assertThat(json).extractingPath("$.visibility").isEqualTo("NETWORK");
			assertThat(json).extractingPath("$.status").isEqualTo("ACTIVE");
		});
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id"))
			.longValue();
		assertThat(this.mvc.get().uri(uri("/knowledge/" + id)).with(this.animator.auth())).hasStatusOk();
		assertThat(this.mvc.put()
			.uri(uri("/knowledge/" + id))
			.with(this.member.auth())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"direction\":\"OFFER\",\"title\":\"Réparer et entretenir un vélo\",\"status\":\"PAUSED\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("PAUSED");
		assertThat(this.mvc.delete().uri(uri("/knowledge/" + id)).with(this.member.auth()))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri(uri("/knowledge/" + id)).with(this.member.auth()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void shouldLetAnimatorsWriteForOthersButNotMembers() {
		MemberView fatou = this.fixtures.withoutAccount(this.network, this.animator, "Fatou", null, null);
		assertThat(post(this.animator, "/knowledge",
				"{\"memberId\":" + fatou.id() + ",\"direction\":\"REQUEST\",\"title\":\"Apprendre le français\"}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.writtenById")
			.isEqualTo((int) this.animator.member().id());
		assertThat(post(this.member, "/knowledge",
				"{\"memberId\":" + fatou.id() + ",\"direction\":\"REQUEST\",\"title\":\"Usurpation\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.knowledges.ofMember(fatou.id())).extracting(KnowledgeView::title)
			.containsExactly("Apprendre le français");
	}

	@Test
	void shouldRefuseBadInputWithFieldErrors() {
		assertThat(post(this.member, "/knowledge",
				"{\"memberId\":" + this.member.member().id() + ",\"direction\":\"OFFER\",\"title\":\"  \"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("title");
		assertThat(post(this.member, "/knowledge", "{\"memberId\":" + this.member.member().id()
				+ ",\"direction\":\"OFFER\",\"title\":\"" + "x".repeat(121) + "\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(this.member, "/knowledge",
				"{\"memberId\":" + this.member.member().id()
						+ ",\"direction\":\"OFFER\",\"title\":\"Yoga\",\"categories\":[\"pas-une-categorie\"]}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("pas-une-categorie");
		assertThat(post(this.animator, "/knowledge",
				"{\"memberId\":999999999,\"direction\":\"OFFER\",\"title\":\"Yoga\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("memberId");
		assertThat(post(this.member, "/knowledge", "{\"direction\":\"SIDEWAYS\",\"title\":\"Yoga\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(post(this.member, "/knowledge", "{\"title\": ")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("JSON");
		assertThat(this.knowledges.ofMember(this.member.member().id())).isEmpty();
	}

	@Test
	void shouldRefuseAMemberOfAnotherNetworkAsAuthor() {
		NetworkView other = this.fixtures.network();
		Person stranger = this.fixtures.person(other, NetworkRole.MEMBER, "Ailleurs");
		assertThat(post(this.animator, "/knowledge",
				"{\"memberId\":" + stranger.member().id() + ",\"direction\":\"OFFER\",\"title\":\"Yoga\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri(uri("/knowledge")).with(stranger.auth())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.knowledges.ofMember(stranger.member().id())).isEmpty();
	}

	@Test
	void shouldKeepHtmlAsPlainText() {
		assertThat(post(this.member, "/knowledge",
				"{\"memberId\":" + this.member.member().id()
						+ ",\"direction\":\"OFFER\",\"title\":\"<b>Gras</b><script>alert(1)</script>\"}"))
			.hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("<b>Gras</b><script>alert(1)</script>");
		long id = this.knowledges.ofMember(this.member.member().id()).get(0).id();
		assertThat(
				this.mvc.get().uri("/networks/{slug}/knowledge/{id}", this.network.slug(), id).with(this.member.auth()))
			.hasStatusOk()
			.bodyText()
			.contains("&lt;b&gt;Gras&lt;/b&gt;&lt;script&gt;")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void shouldCreateABatchInOrderWithNewMembersByName() throws Exception {
		String body = """
				[{"memberName": "Gérard", "direction": "OFFER", "title": "Jardiner en ville"},
				 {"memberName": "Gérard", "direction": "REQUEST", "title": "Utiliser un smartphone"},
				 {"memberId": %d, "direction": "REQUEST", "title": "Tricoter des chaussettes"}]
				""".formatted(this.member.member().id());
		MvcTestResult result = post(this.animator, "/knowledge/batch", body);
		assertThat(result).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$[*].title")
			.asArray()
			.containsExactly("Jardiner en ville", "Utiliser un smartphone", "Tricoter des chaussettes");
		String json = result.getResponse().getContentAsString();
		assertThat(readMemberId(json, 0)).isEqualTo(readMemberId(json, 1))
			.isNotEqualTo((int) this.member.member().id());
		assertThat(readMemberId(json, 2)).isEqualTo((int) this.member.member().id());
		assertThat(this.memberships.activeMembers(this.network.id()))
			.filteredOn((m) -> "Gérard".equals(m.displayName()))
			.singleElement()
			.satisfies((gerard) -> assertThat(gerard.hasAccount()).isFalse());
	}

	@Test
	void shouldSaveNothingWhenOneBatchItemIsWrong() {
		String body = """
				[{"memberName": "Odile", "direction": "OFFER", "title": "Faire son pain"},
				 {"memberName": "Odile", "direction": "OFFER", "title": ""},
				 {"memberId": 999999999, "direction": "OFFER", "title": "Valide"},
				 {"memberName": "Odile", "direction": "OFFER", "title": "Catégorie", "categories": ["inconnue"]}]
				""";
		assertThat(post(this.animator, "/knowledge/batch", body)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("[1].title", "[2].memberId", "[3].categories");
		assertThat(this.memberships.activeMembers(this.network.id())).extracting(MemberView::displayName)
			.doesNotContain("Odile");
		assertThat(this.knowledges.active(this.network.id())).isEmpty();
	}

	@Test
	void shouldRefuseBatchesOverAThousandItems() {
		String item = "{\"memberId\":" + this.member.member().id() + ",\"direction\":\"OFFER\",\"title\":\"T\"}";
		String body = IntStream.range(0, 1001).mapToObj((i) -> item).collect(Collectors.joining(",", "[", "]"));
		assertThat(post(this.animator, "/knowledge/batch", body)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("1000");
		assertThat(this.knowledges.active(this.network.id())).isEmpty();
		assertThat(post(this.member, "/knowledge/batch", "[" + item + "]")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldListTheCategoryTreeWithSynonyms() {
		assertThat(this.mvc.get().uri(uri("/categories")).with(this.member.auth())).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$[?(@.code=='bricolage/velo')].synonyms[*]")
					.asArray()
					.contains("bicyclette");
				assertThat(json).extractingPath("$.length()")
					.asNumber()
					.satisfies((count) -> assertThat(count.intValue()).isGreaterThan(100));
			});
	}

	@Test
	void shouldSearchInFrenchWithFacets() {
		create(this.member, "Cours de tricot pour débutants", "OFFER", "couture/tricot-crochet");
		create(this.member, "Réparer sa bicyclette", "OFFER", "bricolage/velo");
		create(this.animator, "Apprendre l'informatique", "REQUEST", null);
		assertThat(search("tricoter")).contains("Cours de tricot pour débutants").doesNotContain("bicyclette");
		assertThat(search("vélo")).contains("Réparer sa bicyclette");
		assertThat(search("velo")).contains("Réparer sa bicyclette");
		assertThat(search("INFORMATIQUE")).contains("Apprendre l'informatique");
		assertThat(search("informatiqe")).contains("Apprendre l'informatique");
		assertThat(this.mvc.get().uri(uri("/knowledge?q=tricot&direction=OFFER")).with(this.member.auth())).bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.total").isEqualTo(1);
				assertThat(json).extractingPath("$.facets.direction.OFFER").isEqualTo(1);
				assertThat(json).extractingPath("$.facets.categories['couture/tricot-crochet']").isEqualTo(1);
			});
	}

	private String search(String q) {
		MvcTestResult result = this.mvc.get().uri(uri("/knowledge?q=" + q)).with(this.member.auth()).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void create(Person author, String title, String direction, String category) {
		String categories = (category != null) ? ",\"categories\":[\"" + category + "\"]" : "";
		assertThat(post(author, "/knowledge", "{\"memberId\":" + author.member().id() + ",\"direction\":\"" + direction
				+ "\",\"title\":\"" + title + "\"" + categories + "}"))
			.hasStatus(HttpStatus.CREATED);
	}

	private static int readMemberId(String json, int index) {
		return com.jayway.jsonpath.JsonPath.read(json, "$[" + index + "].memberId");
	}

	private MvcTestResult post(Person caller, String path, String body) {
		return this.mvc.post()
			.uri(uri(path))
			.with(caller.auth())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private String uri(String path) {
		return "/api/v1/networks/" + this.network.slug() + path;
	}

}
