package org.reciproque.knowledge;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reciproque.TestFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class SearchIndexAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Knowledges knowledges;

	@Autowired
	SearchIndexRebuild rebuild;

	@Autowired
	SearchIndexCounts counts;

	@AfterEach
	void waitForTheRebuild() {
		// Other test classes share the index: leave it whole.
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.rebuild.progress().running());
	}

	@Test
	void shouldBeForPlatformAdministratorsOnly() {
		NetworkView network = this.fixtures.network();
		Person networkAdmin = this.fixtures.person(network, NetworkRole.ADMIN, "Administratrice");
		assertThat(this.mvc.get().uri("/admin/search").with(networkAdmin.auth())).hasStatus(403);
		assertThat(this.mvc.post().uri("/admin/search/rebuild").with(networkAdmin.auth()).with(csrf())).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/search")).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/admin/search").with(as(this.fixtures.platformAdmin()))).hasStatusOk()
			.bodyText()
			.contains("Index de recherche")
			.contains("Reconstruire l&#39;index");
		assertThat(this.rebuild.progress().neverRan() || !this.rebuild.progress().running()).isTrue();
	}

	@Test
	void shouldRebuildTheIndexInTheBackground() {
		AccountPrincipal admin = this.fixtures.platformAdmin();
		NetworkView network = this.fixtures.network();
		Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Nadia");
		NetworkScope scope = new NetworkScope(network.id(), network.slug(), network.name(), animator.member().id(),
				NetworkRole.ANIMATOR);
		for (int i = 0; i < 3; i++) {
			this.knowledges.create(scope, animator.member().id(), new KnowledgeCommand(Direction.OFFER, "Atelier " + i,
					null, List.of(), null, null, null, null, null, null, null, null, null));
		}
		assertThat(this.mvc.post().uri("/admin/search/rebuild").with(as(admin)).with(csrf()))
			.hasRedirectedUrl("/admin/search")
			.flash()
			.containsEntry("notice", "search.admin.rebuild.started");
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.rebuild.progress().running());
		RebuildProgress progress = this.rebuild.progress();
		assertThat(progress.succeeded()).isTrue();
		assertThat(progress.total()).isEqualTo(progress.added());
		SearchIndexCounts.Counts after = this.counts.count();
		assertThat(after.index()).isEqualTo(after.database()).isGreaterThanOrEqualTo(3);
		assertThat(this.mvc.get().uri("/admin/search").with(as(admin))).hasStatusOk()
			.bodyText()
			.contains("<dd id=\"count-database\">" + after.database() + "</dd>")
			.contains("<dd id=\"count-index\">" + after.index() + "</dd>")
			.contains("L&#39;index contient toutes les annonces.")
			.contains("L&#39;index est reconstruit.")
			.doesNotContain("every 1s");
		assertThat(this.mvc.get().uri("/networks/{slug}/search?q=atelier", network.slug()).with(animator.auth()))
			.bodyText()
			.contains("3 résultats");
	}

	@Test
	void shouldRunOneRebuildAtATime() {
		AccountPrincipal admin = this.fixtures.platformAdmin();
		assertThat(this.rebuild.start()).isTrue();
		// The rebuild runs on Hibernate Search's threads: it is still starting when this
		// second request comes.
		assertThat(this.mvc.post().uri("/admin/search/rebuild").with(as(admin)).with(csrf()))
			.hasRedirectedUrl("/admin/search")
			.flash()
			.containsEntry("alert", "search.admin.rebuild.alreadyRunning");
	}

	@Test
	void shouldPollProgressWhileRunning() {
		AccountPrincipal admin = this.fixtures.platformAdmin();
		assertThat(this.rebuild.start()).isTrue();
		assertThat(this.mvc.get().uri("/admin/search/progress").header("HX-Request", "true").with(as(admin)))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"index-state\"")
			.doesNotContain("<html")
			.satisfiesAnyOf((body) -> assertThat(body).contains("hx-trigger=\"every 1s\""),
					(body) -> assertThat(body).contains("L&#39;index est reconstruit."));
		await().atMost(Duration.ofSeconds(30)).until(() -> !this.rebuild.progress().running());
		assertThat(this.mvc.get().uri("/admin/search/progress").header("HX-Request", "true").with(as(admin))).bodyText()
			.doesNotContain("every 1s")
			.contains("L&#39;index est reconstruit.");
		assertThat(this.mvc.get().uri("/admin/search/progress").with(as(admin))).bodyText()
			.contains("<html")
			.contains("Reconstruire l&#39;index");
	}

}
