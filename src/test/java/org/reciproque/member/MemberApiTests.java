package org.reciproque.member;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MemberApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

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
	void shouldLetAnimatorsRecordMembersWithoutAccount() {
		var result = this.mvc.post()
			.uri("/api/v1/networks/{slug}/members", this.network.slug())
			.with(this.animator.auth())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\"Fatou\",\"phone\":\"07 81 22 33 44\"}")
			.exchange();
		assertThat(result).hasStatus(HttpStatus.CREATED).bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.displayName").isEqualTo("Fatou");
			assertThat(json).extractingPath("$.hasAccount").isEqualTo(false);
			assertThat(json).extractingPath("$.phone").isEqualTo("07 81 22 33 44");
			assertThat(json).extractingPath("$.paperConsentOn").isNotNull();
		});
		assertThat(this.memberships.activeMembers(this.network.id())).extracting(MemberView::displayName)
			.contains("Fatou");
	}

	@Test
	void shouldRefuseMemberCreationToOrdinaryMembers() {
		assertThat(this.mvc.post()
			.uri("/api/v1/networks/{slug}/members", this.network.slug())
			.with(this.member.auth())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\"Intrus\"}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.memberships.activeMembers(this.network.id())).extracting(MemberView::displayName)
			.doesNotContain("Intrus");
	}

	@Test
	void shouldValidateMembersWithoutAccount() {
		assertThat(this.mvc.post()
			.uri("/api/v1/networks/{slug}/members", this.network.slug())
			.with(this.animator.auth())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\" \",\"email\":\"pas-une-adresse\",\"phone\":\"abc\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("displayName", "email", "phone");
	}

	@Test
	void shouldHideContactDetailsFromOtherMembers() {
		MemberView fatou = this.fixtures.withoutAccount(this.network, this.animator, "Fatou", "fatou@example.org",
				"0781223344");
		assertThat(this.mvc.get()
			.uri("/api/v1/networks/{slug}/members/{id}", this.network.slug(), fatou.id())
			.with(this.member.auth())).hasStatusOk()
			.bodyText()
			.contains("Fatou")
			.doesNotContain("fatou@example.org")
			.doesNotContain("0781223344");
		assertThat(this.mvc.get()
			.uri("/api/v1/networks/{slug}/members/{id}", this.network.slug(), fatou.id())
			.with(this.animator.auth())).hasStatusOk().bodyText().contains("fatou@example.org").contains("0781223344");
	}

	@Test
	void shouldShowMembersTheirOwnContactDetails() {
		assertThat(this.mvc.get()
			.uri("/api/v1/networks/{slug}/members/{id}", this.network.slug(), this.member.member().id())
			.with(this.member.auth())).hasStatusOk().bodyText().contains(this.member.account().email());
	}

	@Test
	void shouldRefuseMembersOfAnotherNetwork() {
		NetworkView other = this.fixtures.network();
		Person outsider = this.fixtures.person(other, NetworkRole.ANIMATOR, "Autre Réseau");
		assertThat(this.mvc.get()
			.uri("/api/v1/networks/{slug}/members/{id}", this.network.slug(), this.member.member().id())
			.with(outsider.auth())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/api/v1/networks/{slug}/members", this.network.slug())
			.with(outsider.auth())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\":\"Intrus\"}")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldNotReachAMemberThroughAnotherNetworksAddress() {
		NetworkView other = this.fixtures.network();
		Person otherMember = this.fixtures.person(other, NetworkRole.MEMBER, "Ailleurs");
		assertThat(this.mvc.get()
			.uri("/api/v1/networks/{slug}/members/{id}", this.network.slug(), otherMember.member().id())
			.with(this.animator.auth())).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldAnswerNotFoundForUnknownNetworksAndMembers() {
		assertThat(this.mvc.get().uri("/api/v1/networks/nope-nope/members/1").with(this.member.auth()))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get()
			.uri("/api/v1/networks/{slug}/members/{id}", this.network.slug(), 999_999_999L)
			.with(this.member.auth())).hasStatus(HttpStatus.NOT_FOUND);
	}

}
