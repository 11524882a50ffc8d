package org.reciproque.member;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.network.NetworkView;
import org.reciproque.notification.Mailer;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reciproque.TestFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class MembershipTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Memberships memberships;

	@Autowired
	Mailer mailer;

	NetworkView network;

	Person animator;

	@BeforeEach
	void setUp() {
		this.network = this.fixtures.network();
		this.animator = this.fixtures.person(this.network, NetworkRole.ADMIN, "Nadia Animatrice");
	}

	@Test
	void shouldJoinOnlyAfterAcceptingTheCharter() {
		AccountPrincipal account = this.fixtures.account();
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/join", this.network.slug())
			.with(as(account))
			.with(csrf())
			.param("displayName", "Lea Martin")).hasStatusOk()
			.bodyText()
			.contains("accepter sa charte")
			.contains("value=\"Lea Martin\"");
		assertThat(this.memberships.networksOf(account.accountId())).isEmpty();
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/join", this.network.slug())
			.with(as(account))
			.with(csrf())
			.param("displayName", "Lea Martin")
			.param("acceptCharter", "true")).hasRedirectedUrl("/networks/" + this.network.slug() + "/profile");
		assertThat(this.memberships.networksOf(account.accountId()).values()).singleElement()
			.satisfies((member) -> assertThat(member.role()).isEqualTo(NetworkRole.MEMBER));
	}

	@Test
	void shouldKeepTypedValuesWhenTheProfileIsInvalid() {
		Person member = this.fixtures.person(this.network, NetworkRole.MEMBER, "Paul");
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/profile", this.network.slug())
			.with(member.auth())
			.with(csrf())
			.param("displayName", "Paul Durand")
			.param("presentation", "J'aime le <b>jardin</b>")
			.param("phone", "pas un numéro")).hasStatusOk()
			.bodyText()
			.contains("numéro de téléphone n&#39;est pas valide")
			.contains("J&#39;aime le &lt;b&gt;jardin&lt;/b&gt;");
		assertThat(this.memberships.get(this.network.id(), member.member().id()).displayName()).isEqualTo("Paul");
	}

	@Test
	void shouldExportThenEraseOnLeaving() throws Exception {
		Person member = this.fixtures.person(this.network, NetworkRole.MEMBER, "Camille Roux");
		var export = this.mvc.get().uri("/networks/{slug}/export", this.network.slug()).with(member.auth()).exchange();
		assertThat(export).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.hasHeader("Content-Disposition",
					"attachment; filename=\"reciproque-" + this.network.slug() + "-mes-donnees.json\"");
		assertThat(export).bodyJson().extractingPath("$.member.displayName").isEqualTo("Camille Roux");
		assertThat(export).bodyJson().extractingPath("$.account.email").isEqualTo(member.account().email());
		assertThat(export).bodyJson().extractingPath("$.member.charterAcceptedAt").isNotNull();

		assertThat(this.mvc.post().uri("/networks/{slug}/leave", this.network.slug()).with(member.auth()).with(csrf()))
			.hasRedirectedUrl("/networks");
		MemberView left = this.memberships.get(this.network.id(), member.member().id());
		assertThat(left.status()).isEqualTo(MemberStatus.LEFT);
		assertThat(left.displayName()).isNull();
		assertThat(left.hasAccount()).isFalse();
		assertThat(this.memberships.contact(this.network.id(), member.member().id()))
			.satisfies((contact) -> assertThat(contact.email()).isNull());
		assertThat(this.memberships.activeMembers(this.network.id())).extracting(MemberView::id)
			.doesNotContain(member.member().id());
		assertThat(this.mvc.get().uri("/networks/{slug}/members", this.network.slug()).with(member.auth()))
			.hasStatus(403);
	}

	@Test
	void shouldRequirePaperConsentForMembersWithoutAccount() {
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/members/new", this.network.slug())
			.with(this.animator.auth())
			.with(csrf())
			.param("displayName", "Gerard")
			.param("phone", "06 00 00 00 00")).hasStatusOk()
			.bodyText()
			.contains("accord écrit")
			.contains("value=\"Gerard\"");
		assertThat(this.memberships.activeMembers(this.network.id())).extracting(MemberView::displayName)
			.doesNotContain("Gerard");
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/members/new", this.network.slug())
			.with(this.animator.auth())
			.with(csrf())
			.param("displayName", "Gerard")
			.param("phone", "06 00 00 00 00")
			.param("paperConsent", "true")).hasStatus3xxRedirection();
		assertThat(this.memberships.activeMembers(this.network.id()))
			.filteredOn((member) -> "Gerard".equals(member.displayName()))
			.singleElement()
			.satisfies((member) -> {
				assertThat(member.hasAccount()).isFalse();
				assertThat(member.paperConsentOn()).isNotNull();
			});
	}

	@Test
	void shouldLetAnInvitedMemberClaimTheirRecord() {
		MemberView fatou = this.fixtures.withoutAccount(this.network, this.animator, "Fatou Diallo",
				TestFixtures.unique("fatou") + "@example.org", null);
		String email = this.memberships.contact(this.network.id(), fatou.id()).email();
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/members/{id}/invite", this.network.slug(), fatou.id())
			.with(this.animator.auth())
			.with(csrf())).hasRedirectedUrl("/networks/" + this.network.slug() + "/members/" + fatou.id());
		String token = AccountFlowTests.extract(this.mailer.messagesTo(email).get(0).body(),
				"/invitations/([A-Za-z0-9_-]+)");
		AccountPrincipal account = this.fixtures.account();
		assertThat(this.mvc.get().uri("/invitations/" + token).with(as(account))).hasStatusOk()
			.bodyText()
			.contains("Fatou Diallo");
		assertThat(this.mvc.post().uri("/invitations/" + token).with(as(account)).with(csrf()))
			.hasRedirectedUrl("/networks/" + this.network.slug() + "/profile");
		assertThat(this.memberships.get(this.network.id(), fatou.id()).hasAccount()).isTrue();
		assertThat(this.mvc.get().uri("/invitations/" + token)).hasStatusOk().bodyText().contains("plus valable");
	}

	@Test
	void shouldLetAdministratorsGrantRolesButKeepOneAdministrator() {
		Person member = this.fixtures.person(this.network, NetworkRole.MEMBER, "Bientôt Animateur");
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/members/{id}/role", this.network.slug(), member.member().id())
			.with(this.animator.auth())
			.with(csrf())
			.param("role", "ANIMATOR")).hasStatus3xxRedirection();
		assertThat(this.memberships.get(this.network.id(), member.member().id()).role())
			.isEqualTo(NetworkRole.ANIMATOR);
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/members/{id}/role", this.network.slug(), this.animator.member().id())
			.with(this.animator.auth())
			.with(csrf())
			.param("role", "MEMBER")).hasStatus3xxRedirection();
		assertThat(this.memberships.get(this.network.id(), this.animator.member().id()).role())
			.isEqualTo(NetworkRole.ADMIN);
		assertThat(this.mvc.post()
			.uri("/networks/{slug}/members/{id}/role", this.network.slug(), this.animator.member().id())
			.with(member.auth())
			.with(csrf())
			.param("role", "MEMBER")).hasStatus(403);
	}

	@Test
	void shouldAnonymiseEveryMembershipWhenTheAccountIsDeleted() {
		Person member = this.fixtures.person(this.network, NetworkRole.MEMBER, "Partante");
		NetworkView other = this.fixtures.network();
		MemberView elsewhere = this.memberships.join(other.slug(), member.account(), "Partante");
		assertThat(this.mvc.post().uri("/account/delete").with(member.auth()).with(csrf()).param("confirm", "true"))
			.hasRedirectedUrl("/?accountDeleted");
		assertThat(this.memberships.get(this.network.id(), member.member().id()).status()).isEqualTo(MemberStatus.LEFT);
		assertThat(this.memberships.get(other.id(), elsewhere.id()).displayName()).isNull();
	}

}
