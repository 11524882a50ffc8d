package org.reciproque.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Categories;
import org.reciproque.knowledge.CategoryView;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeChanged;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.knowledge.Visibility;
import org.reciproque.matching.internal.ranking.CandidateFilter;
import org.reciproque.matching.internal.ranking.MatchIndex;
import org.reciproque.matching.internal.ranking.Matcher;
import org.reciproque.matching.internal.ranking.MatcherSettings;
import org.reciproque.matching.internal.ranking.Suggestion;
import org.reciproque.matching.internal.ranking.TextEmbedding;
import org.reciproque.platform.ReciproqueProperties;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.Thesaurus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The matcher's own Lucene index of every network's active offers and requests (under the
 * data directory, or in memory for tests), kept in step with the database: each written
 * item is re-indexed after its transaction commits, and the whole index is rebuilt at
 * start-up when it does not hold as many items as the database or was written by a
 * version that analyses words otherwise.
 */
@Component
class SuggestionIndex {

	static final String NETWORK = "network";

	static final String DIRECTION = "direction";

	static final String VISIBILITY = "visibility";

	static final String AUTHOR = "author";

	private static final Logger logger = LoggerFactory.getLogger(SuggestionIndex.class);

	private static final int PAGE = 1000;

	private final Knowledges knowledges;

	private final Categories categories;

	private final MatchIndex index;

	private final Matcher matcher;

	private final AtomicBoolean dirty = new AtomicBoolean();

	private final AtomicBoolean ready = new AtomicBoolean();

	SuggestionIndex(Knowledges knowledges, Categories categories, ReciproqueProperties properties,
			@Value("${reciproque.matching.in-memory:false}") boolean inMemory) {
		this.knowledges = knowledges;
		this.categories = categories;
		FrenchTextAnalysis analysis = new FrenchTextAnalysis();
		this.index = new MatchIndex(directory(properties.dataDir().resolve("matching"), inMemory), analysis,
				TextEmbedding.shared());
		this.matcher = new Matcher(this.index, analysis, Thesaurus.loadDefault(analysis), MatcherSettings.defaults());
	}

	private static Directory directory(Path path, boolean inMemory) {
		if (inMemory) {
			return new ByteBuffersDirectory();
		}
		try {
			Files.createDirectories(path);
			return FSDirectory.open(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Offers for a request, or requests for an offer, among the items the filter lets
	 * through.
	 */
	List<Suggestion> suggest(KnowledgeView item, int limit, CandidateFilter filter) {
		if (this.dirty.getAndSet(false)) {
			this.index.refresh();
		}
		byte[] vector = this.index.vector(String.valueOf(item.id()));
		return (item.direction() == Direction.REQUEST)
				? this.matcher.suggest(item.title(), item.description(), vector, limit, filter)
				: this.matcher.reverse(item.title(), item.description(), vector, limit, filter);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(KnowledgeChanged event) {
		KnowledgeView item = event.deleted() ? null : this.knowledges.lookup(event.id()).orElse(null);
		if (item == null || !item.isActive()) {
			this.index.delete(String.valueOf(event.id()));
		}
		else {
			write(item, labels(item.networkId(), new HashMap<>()));
		}
		this.dirty.set(true);
	}

	/**
	 * Rebuilds from the database when the index does not hold every active item (first
	 * start, data loaded by the generator, a lost index) or was written by a version that
	 * analyses words otherwise (new stop words or stem exceptions).
	 */
	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		long expected = this.knowledges.countActive();
		if (this.index.size() != expected || !this.index.isAnalysedAsNow()) {
			Thread rebuilding = new Thread(this::rebuild, "suggestion-index-rebuild");
			rebuilding.setDaemon(true);
			rebuilding.start();
		}
		else {
			this.ready.set(true);
		}
	}

	void rebuild() {
		long started = System.nanoTime();
		Set<String> written = new HashSet<>();
		Map<Long, Map<String, String>> labels = new HashMap<>();
		long after = 0;
		int count = 0;
		List<KnowledgeView> page;
		do {
			page = this.knowledges.activeAfter(after, PAGE);
			for (KnowledgeView item : page) {
				write(item, labels(item.networkId(), labels));
				written.add(String.valueOf(item.id()));
				after = item.id();
				count++;
			}
		}
		while (page.size() == PAGE);
		this.index.refresh();
		this.index.ids().stream().filter((id) -> !written.contains(id)).forEach(this.index::delete);
		this.index.markAnalysedAsNow();
		this.ready.set(true);
		logger.info("Suggestion index rebuilt: {} items in {} ms", count, (System.nanoTime() - started) / 1_000_000);
	}

	boolean isReady() {
		return this.ready.get();
	}

	private void write(KnowledgeView item, Map<String, String> labels) {
		StringBuilder extra = new StringBuilder();
		for (String code : item.categories()) {
			extra.append(labels.getOrDefault(code, "")).append('\n');
		}
		this.index.upsert(String.valueOf(item.id()), item.title(), item.description(), extra.toString(),
				Map.of(NETWORK, String.valueOf(item.networkId()), DIRECTION, item.direction().name(), VISIBILITY,
						item.visibility().name(), AUTHOR, String.valueOf(item.memberId())));
	}

	private Map<String, String> labels(long networkId, Map<Long, Map<String, String>> cache) {
		return cache.computeIfAbsent(networkId, (id) -> {
			Map<String, String> labels = new HashMap<>();
			List<CategoryView> tree = this.categories.tree(id);
			Map<String, String> byCode = new HashMap<>();
			tree.forEach((category) -> byCode.put(category.code(), category.label()));
			for (CategoryView category : tree) {
				@Nullable String parent = (category.parentCode() != null) ? byCode.get(category.parentCode()) : null;
				labels.put(category.code(), (parent != null) ? parent + " " + category.label() : category.label());
			}
			return labels;
		});
	}

	/**
	 * Candidates in reach of a network: its own items and other networks' items shared
	 * with every network.
	 */
	static CandidateFilter reachableFrom(long networkId, Direction direction) {
		return CandidateFilter.all()
			.requireAnyOf(Map.of(NETWORK, Set.of(String.valueOf(networkId)), VISIBILITY,
					Set.of(Visibility.ALL_NETWORKS.name())))
			.require(DIRECTION, direction.name());
	}

	@PreDestroy
	void close() throws IOException {
		this.index.close();
	}

}
