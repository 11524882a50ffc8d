package org.reciproque.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.jspecify.annotations.Nullable;
import org.reciproque.demo.GeneratedRows.Item;
import org.reciproque.knowledge.Board;
import org.reciproque.knowledge.Categories;
import org.reciproque.knowledge.SearchIndexAnalysisMark;
import org.reciproque.network.NetworkSettings;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.network.NewNetwork;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates realistic networks, members, offers and requests for trying the product at
 * scale and for benchmarks, then rebuilds the search index. Runs only when
 * {@code reciproque.generator.networks} is given, for example
 * {@code java -jar target/reciproque.jar --reciproque.generator.networks=200
 * --reciproque.generator.exit=true --server.port=0} (BENCHMARKS.md); see
 * {@link GeneratorSettings} for the other settings. With
 * {@code reciproque.generator.exit=true} it exits when done; otherwise the application
 * keeps running on the generated data (the benchmarks use it so). The application does
 * not start without a web server: its security configuration needs one.
 * <p>
 * Networks are created through {@link Networks} (so that each gets its charter and
 * category tree as usual); members and items are written with JDBC batches, which the
 * search index only sees after the rebuild.
 */
@Component
@Order(10)
@ConditionalOnProperty(prefix = "reciproque.generator", name = "networks")
class DataGenerator implements ApplicationRunner {

	private final GeneratorSettings settings;

	private final Networks networks;

	private final Categories categories;

	private final Board board;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final EntityManagerFactory entityManagerFactory;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final ApplicationContext context;

	private final PrintStream out = System.out;

	DataGenerator(GeneratorSettings settings, Networks networks, Categories categories, Board board, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, EntityManagerFactory entityManagerFactory,
			PasswordEncoder passwordEncoder, Clock clock, ApplicationContext context) {
		this.settings = settings;
		this.networks = networks;
		this.categories = categories;
		this.board = board;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.entityManagerFactory = entityManagerFactory;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		generate(this.settings).print(this.out);
		if (this.settings.exit() || !(this.context instanceof WebServerApplicationContext)) {
			// A command, not a server: leave with the context closed cleanly.
			System.exit(SpringApplication.exit(this.context));
		}
	}

	GenerationReport generate(GeneratorSettings settings) {
		this.out.printf(Locale.ROOT, "== Data generator: %,d networks x %,d members x %,d items per member%n",
				settings.networkCount(), settings.members(), settings.itemsPerMember());
		GeneratorTexts texts = GeneratorTexts.load();
		Instant now = this.clock.instant();
		// Every animator gets the same password: hash it once, not once per account.
		String passwordHash = this.passwordEncoder.encode(settings.password());
		NetworkFiller filler = new NetworkFiller(this.categories, new RowWriter(this.jdbc), new IdBlocks(this.jdbc),
				new PeopleFactory(texts, now), new ItemFactory(texts, now, settings.inactivePercent()), passwordHash,
				now);
		NetworkNames names = new NetworkNames(texts, existingSlugs());
		Totals totals = new Totals();
		long start = System.nanoTime();
		for (int n = 0; n < settings.networkCount(); n++) {
			Random random = new Random(settings.seed() * 1_000_003L + n);
			NetworkNames.Named named = names.next(random);
			NetworkFiller.Filled filled = this.transactions.execute((status) -> {
				NetworkView network = create(named.command(), settings.boardPublic());
				NetworkPlan plan = new NetworkPlan(network.id(), network.slug(), network.name(), named.town(),
						named.quartier());
				NetworkFiller.Filled rows = filler.fill(plan, settings.members(),
						settings.members() * settings.itemsPerMember(), random);
				// Written with JDBC, behind the board's back.
				this.board.changed(network.id());
				return rows;
			});
			totals.add(filled);
			progress(n + 1, settings.networkCount(), totals, start);
		}
		Duration writeTime = Duration.ofNanos(System.nanoTime() - start);
		FullReindex.@Nullable Result index = null;
		if (settings.reindex()) {
			this.out.println("== Rebuilding the search index");
			index = new FullReindex(this.entityManagerFactory, this.out,
					SearchIndexAnalysisMark.of(this.context.getEnvironment()))
				.run();
		}
		return totals.report(settings.password(), writeTime, index);
	}

	private NetworkView create(NewNetwork command, boolean boardPublic) {
		NetworkView network = this.networks.create(command);
		if (boardPublic) {
			network = this.networks.update(network.slug(), network.settings().withBoardPublic(true));
		}
		return network;
	}

	private Set<String> existingSlugs() {
		Set<String> slugs = new HashSet<>();
		this.networks.directory().forEach((network) -> slugs.add(network.slug()));
		return slugs;
	}

	private void progress(int done, int total, Totals totals, long start) {
		if (done == total || done % Math.max(1, total / 10) == 0) {
			double seconds = (System.nanoTime() - start) / 1e9;
			this.out.printf(Locale.ROOT, "  networks: %,d / %,d   items: %,d   (%.1f s)%n", done, total, totals.items,
					seconds);
		}
	}

	/**
	 * Running totals for the report.
	 */
	private static final class Totals {

		private final List<GenerationReport.Created> networks = new ArrayList<>();

		private final Set<String> titles = new HashSet<>();

		private long members;

		private long items;

		private long offers;

		private long active;

		private long links;

		void add(NetworkFiller.Filled filled) {
			this.networks.add(new GenerationReport.Created(filled.network().id(), filled.network().slug(),
					NetworkFiller.animatorEmail(filled.network().slug())));
			this.members += filled.members();
			this.items += filled.items().size();
			this.offers += filled.offers();
			this.active += filled.active();
			this.links += filled.categoryLinks();
			filled.items().stream().map(Item::title).forEach(this.titles::add);
		}

		GenerationReport report(String password, Duration writeTime, FullReindex.@Nullable Result index) {
			return new GenerationReport(List.copyOf(this.networks), this.members, this.items, this.offers, this.active,
					this.links, this.titles.size(), password, writeTime, index);
		}

	}

}
