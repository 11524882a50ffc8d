package org.reciproque.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.PooledOptimizer;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.knowledge.Board;
import org.reciproque.knowledge.Categories;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeCommand;
import org.reciproque.knowledge.KnowledgeSearch;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.member.Accounts;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data generator at small scale: 2 networks of 5 members (plus their animators) and 4
 * items per member. The generator bean only exists when
 * {@code reciproque.generator.networks} is set, so the test builds it from the shared
 * context's beans and never starts it as a runner.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataGeneratorTests {

	static final GeneratorSettings SMALL = new GeneratorSettings(2, 5, 4, true, 10, 7, true, "Echanges-de-savoirs-2026",
			false);

	@Autowired
	Networks networks;

	@Autowired
	Categories categories;

	@Autowired
	Board board;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	KnowledgeSearch search;

	@Autowired
	Knowledges knowledges;

	@Autowired
	Accounts accounts;

	@Autowired
	TestFixtures fixtures;

	GenerationReport report;

	@BeforeAll
	void generate() {
		DataGenerator generator = new DataGenerator(SMALL, this.networks, this.categories, this.board, this.jdbc,
				this.transactionManager, this.entityManagerFactory, this.passwordEncoder, this.clock, this.context);
		this.report = generator.generate(SMALL);
	}

	@Test
	void shouldCreateTheRequestedNetworksMembersAndItems() {
		assertThat(this.report.networks()).hasSize(2);
		assertThat(this.report.members()).isEqualTo(2 * (5 + 1));
		assertThat(this.report.items()).isEqualTo(2 * 5 * 4);
		for (GenerationReport.Created created : this.report.networks()) {
			NetworkView network = this.networks.get(created.slug());
			assertThat(network.boardPublic()).isTrue();
			assertThat(count("select count(*) from member where network_id = ?", network.id())).isEqualTo(6);
			assertThat(count("select count(*) from member where network_id = ? and account_id is null", network.id()))
				.isEqualTo(5);
			assertThat(count("select count(*) from knowledge where network_id = ?", network.id())).isEqualTo(20);
			assertThat(count("select count(*) from knowledge k join member m on m.id = k.member_id "
					+ "where k.network_id = ? and m.network_id = k.network_id", network.id()))
				.isEqualTo(20);
		}
		long links = this.report.networks()
			.stream()
			.mapToLong((created) -> count("select count(*) from knowledge_category kc join knowledge k "
					+ "on k.id = kc.knowledge_id where k.network_id = ?", created.id()))
			.sum();
		assertThat(links).as("every generated category code exists in the network's tree")
			.isEqualTo(this.report.categoryLinks());
	}

	@Test
	void shouldWriteVariedFrenchItems() {
		assertThat(this.report.distinctTitles()).isGreaterThanOrEqualTo(this.report.items() * 8 / 10);
		assertThat(this.report.offers()).isBetween(this.report.items() / 4, this.report.items() * 3 / 4);
		long networkId = this.report.networks().get(0).id();
		assertThat(count("select count(distinct mode) from knowledge where network_id = ?", networkId))
			.isGreaterThan(1);
		assertThat(count("select count(distinct member_id) from knowledge where network_id = ?", networkId))
			.isGreaterThan(1);
		List<String> descriptions = this.jdbc.queryForList(
				"select description from knowledge where network_id = ? and description is not null", String.class,
				networkId);
		assertThat(descriptions).isNotEmpty().anySatisfy((text) -> assertThat(text).matches("(?s).*[éèàêç].*"));
	}

	@Test
	void shouldLetTheGeneratedItemsBeFoundBySearch() {
		Map<String, Object> item = this.jdbc
			.queryForMap("select id, network_id, title from knowledge where network_id = ? and status = 'ACTIVE' "
					+ "order by id fetch first 1 rows only", this.report.networks().get(1).id());
		long networkId = ((Number) item.get("network_id")).longValue();
		KnowledgeSearch.Results results = this.search
			.search(new KnowledgeSearch.Query(networkId, false, (String) item.get("title"), null, null, 0, 50));
		assertThat(results.items()).extracting((found) -> found.id()).contains(((Number) item.get("id")).longValue());
	}

	@Test
	void shouldLetTheAnimatorSignInWithThePrintedPassword() {
		String email = this.report.networks().get(0).animatorEmail();
		assertThat(this.accounts.findByEmail(email)).hasValueSatisfying((
				account) -> assertThat(this.passwordEncoder.matches(SMALL.password(), account.getPassword())).isTrue());
		assertThat(count("select count(*) from member m join account a on a.id = m.account_id "
				+ "where a.email = ? and m.role = 'ADMIN'", email))
			.isEqualTo(1);
	}

	@Test
	void shouldReadTheSequenceAsHibernateDoes() {
		// IdBlocks takes each sequence value as the top of its block, as Hibernate's
		// "pooled" optimizer does; with "pooled-lo" the blocks would overlap.
		SessionFactoryImplementor sessionFactory = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		List<Object> optimizers = new ArrayList<>();
		sessionFactory.getMappingMetamodel().forEachEntityDescriptor((entity) -> {
			if (entity.getGenerator() instanceof SequenceStyleGenerator sequence) {
				optimizers.add(sequence.getOptimizer());
			}
		});
		assertThat(optimizers).isNotEmpty().allSatisfy((optimizer) -> {
			assertThat(optimizer).isInstanceOf(PooledOptimizer.class);
			assertThat(((PooledOptimizer) optimizer).getIncrementSize()).isEqualTo(IdBlocks.BLOCK);
		});
	}

	@Test
	void shouldLeaveIdsThatHibernateCanKeepUsing() {
		NetworkView network = this.fixtures.network();
		TestFixtures.Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Nadia Animatrice");
		NetworkScope scope = new NetworkScope(network.id(), network.slug(), network.name(), animator.member().id(),
				NetworkRole.ANIMATOR);
		for (int i = 0; i < 60; i++) {
			this.knowledges.create(scope, animator.member().id(),
					new KnowledgeCommand(Direction.OFFER, "Réparer un vélo " + i, null, List.of("bricolage/velo"), null,
							null, null, null, null, null, null, null, null));
		}
		assertThat(count("select count(*) from knowledge where network_id = ?", network.id())).isEqualTo(60);
	}

	private long count(String sql, Object... args) {
		Long count = this.jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

}
