package org.reciproque.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * French full-text search over offers and requests, with facet counts by category and
 * direction. Only active items are found; other networks' items only when their authors
 * let other networks see them.
 */
@Service
public class KnowledgeSearch {

	private static final String[] FOLDED_FIELDS = { "title_folded", "description_folded" };

	private static final AggregationKey<Map<String, Long>> BY_CATEGORY = AggregationKey.of("categories");

	private static final AggregationKey<Map<Direction, Long>> BY_DIRECTION = AggregationKey.of("direction");

	/** The most ids a board filter considers: far above any network's item count. */
	static final int MAX_IDS = 20_000;

	/** Words this long or longer tolerate one typo. */
	static final int FUZZY_MIN_LENGTH = 5;

	private final EntityManager entityManager;

	KnowledgeSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public Results search(Query query) {
		SearchResult<Knowledge> result = Search.session(this.entityManager)
			.search(Knowledge.class)
			.where((f) -> predicate(f, query))
			.aggregation(BY_CATEGORY, (f) -> f.terms().field("categories.code", String.class).maxTermCount(300))
			.aggregation(BY_DIRECTION, (f) -> f.terms().field("direction", Direction.class))
			.fetch(query.page() * query.size(), query.size());
		return new Results(result.hits().stream().map(Knowledge::toView).toList(), result.total().hitCount(),
				new LinkedHashMap<>(result.aggregation(BY_CATEGORY)),
				new LinkedHashMap<>(result.aggregation(BY_DIRECTION)));
	}

	/**
	 * The ids of a network's active items matching these words (for the board's filter).
	 */
	@Transactional(readOnly = true)
	public java.util.Set<Long> matchingIds(long networkId, String text) {
		Query query = new Query(networkId, false, text, null, null, 0, 1);
		return new java.util.HashSet<>(Search.session(this.entityManager)
			.search(Knowledge.class)
			.select((f) -> f.id(Long.class))
			.where((f) -> predicate(f, query))
			.fetchHits(MAX_IDS));
	}

	private static PredicateFinalStep predicate(SearchPredicateFactory f, Query query) {
		var root = f.bool().filter(f.match().field("status").matching(KnowledgeStatus.ACTIVE));
		if (query.allNetworks()) {
			root.filter(f.bool()
				.should(f.match().field("networkId").matching(query.networkId()))
				.should(f.match().field("visibility").matching(Visibility.ALL_NETWORKS)));
		}
		else {
			root.filter(f.match().field("networkId").matching(query.networkId()));
		}
		if (query.direction() != null) {
			root.filter(f.match().field("direction").matching(query.direction()));
		}
		if (query.category() != null && !query.category().isBlank()) {
			root.filter(f.match().field("categories.code").matching(query.category()));
		}
		if (query.text() != null && !query.text().isBlank()) {
			root.must(textPredicate(f, query.text().strip()));
		}
		return root;
	}

	/**
	 * The words as written (title counts most), and, for longer words, the same words
	 * with one typo.
	 */
	private static PredicateFinalStep textPredicate(SearchPredicateFactory f, String text) {
		var words = f.bool()
			.should(f.match()
				.field("title")
				.boost(3f)
				.field("categories.label")
				.boost(2f)
				.fields("description", "categories.synonyms", "categories.keywords")
				.matching(text));
		List<String> longWords = new ArrayList<>();
		for (String word : text.split("[\\s'’,.;:!?()\"]+")) {
			if (word.length() >= FUZZY_MIN_LENGTH) {
				longWords.add(word);
			}
		}
		for (String word : longWords) {
			words.should(f.match().fields(FOLDED_FIELDS).matching(word).fuzzy(1, 1).boost(0.5f));
		}
		return words;
	}

	/**
	 * A search.
	 *
	 * @param networkId the caller's network
	 * @param allNetworks whether to include other networks' shared items
	 * @param text the words searched, if any
	 * @param direction offers or requests only, if given
	 * @param category a category code, if given
	 * @param page the page, from 0
	 * @param size the page size
	 */
	public record Query(long networkId, boolean allNetworks, @Nullable String text, @Nullable Direction direction,
			@Nullable String category, int page, int size) {

		public Query {
			page = Math.max(page, 0);
			size = Math.min(Math.max(size, 1), 100);
		}

	}

	/**
	 * Search results.
	 *
	 * @param items the page of items, best first
	 * @param total how many items match
	 * @param categoryCounts how many matching items each category code has
	 * @param directionCounts how many matching offers and requests
	 */
	public record Results(List<KnowledgeView> items, long total, Map<String, Long> categoryCounts,
			Map<Direction, Long> directionCounts) {
	}

}
