package org.reciproque.matching.internal.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Which indexed items may be suggested, on the exact-match keys given to
 * {@link MatchIndex#upsert(String, String, String, String, Map)}. A candidate must:
 * <ul>
 * <li>satisfy every condition of {@code required}: a condition is a map of keys to
 * accepted values, met when the item has, for at least one of its keys, one of the
 * accepted values (so one condition expresses an OR across keys);</li>
 * <li>have none of the values of {@code forbidden} (e.g. {@code author → 17});</li>
 * <li>not be one of {@code excludedIds} (e.g. pairs already declined, the item
 * itself).</li>
 * </ul>
 * The application's usual filter, "(network = 42 OR visibility = ALL_NETWORKS) AND
 * direction = OFFER AND author ≠ 17 AND id not in declined":
 *
 * <pre>{@code
 * CandidateFilter.all()
 *     .requireAnyOf(Map.of("network", Set.of("42"), "visibility", Set.of("ALL_NETWORKS")))
 *     .require("direction", "OFFER")
 *     .forbid("author", "17")
 *     .excludeIds(declined);
 * }</pre>
 *
 * Immutable; the {@code with}-style methods return new filters.
 *
 * @param required conditions that must all hold, each an OR over its keys and values
 * @param forbidden keys whose listed values exclude an item
 * @param excludedIds items never suggested
 */
public record CandidateFilter(List<Map<String, Set<String>>> required, Map<String, Set<String>> forbidden,
		Set<String> excludedIds) {

	private static final CandidateFilter ALL = new CandidateFilter(List.of(), Map.of(), Set.of());

	public CandidateFilter {
		required = required.stream().map(CandidateFilter::copy).toList();
		forbidden = copy(forbidden);
		excludedIds = Set.copyOf(excludedIds);
		for (Map<String, Set<String>> condition : required) {
			if (condition.isEmpty() || condition.values().stream().allMatch(Set::isEmpty)) {
				throw new IllegalArgumentException("A required condition needs at least one accepted value");
			}
		}
	}

	/**
	 * No restriction: every indexed item is a candidate.
	 */
	public static CandidateFilter all() {
		return ALL;
	}

	/**
	 * This filter, also requiring {@code key} to have one of {@code values}.
	 */
	public CandidateFilter require(String key, String... values) {
		return requireAnyOf(Map.of(key, Set.of(values)));
	}

	/**
	 * This filter, also requiring that at least one of the condition's keys has one of
	 * its values.
	 */
	public CandidateFilter requireAnyOf(Map<String, Set<String>> condition) {
		List<Map<String, Set<String>>> conditions = new ArrayList<>(this.required);
		conditions.add(condition);
		return new CandidateFilter(conditions, this.forbidden, this.excludedIds);
	}

	/**
	 * This filter, also excluding items whose {@code key} has one of {@code values}.
	 */
	public CandidateFilter forbid(String key, String... values) {
		Map<String, Set<String>> forbidden = new LinkedHashMap<>(this.forbidden);
		Set<String> merged = new LinkedHashSet<>(forbidden.getOrDefault(key, Set.of()));
		merged.addAll(Arrays.asList(values));
		forbidden.put(key, merged);
		return new CandidateFilter(this.required, forbidden, this.excludedIds);
	}

	/**
	 * This filter, also excluding the given items.
	 */
	public CandidateFilter excludeIds(Set<String> ids) {
		Set<String> excluded = new HashSet<>(this.excludedIds);
		excluded.addAll(ids);
		return new CandidateFilter(this.required, this.forbidden, excluded);
	}

	/**
	 * The one {@link MatchIndex#GROUP_KEY group} this filter's candidates must belong to
	 * ({@code require("direction", "OFFER")}), whose word statistics are theirs; null
	 * when they may come from any group.
	 */
	@Nullable String group() {
		for (Map<String, Set<String>> condition : this.required) {
			Set<String> values = condition.get(MatchIndex.GROUP_KEY);
			if (condition.size() == 1 && values != null && values.size() == 1) {
				return values.iterator().next();
			}
		}
		return null;
	}

	/**
	 * Whether the filter lets every item through.
	 */
	public boolean isAll() {
		return this.required.isEmpty() && this.excludedIds.isEmpty()
				&& this.forbidden.values().stream().allMatch(Set::isEmpty);
	}

	/**
	 * {@code query} restricted to the items this filter lets through.
	 */
	Query restrict(Query query) {
		if (isAll()) {
			return query;
		}
		BooleanQuery.Builder restricted = new BooleanQuery.Builder().add(query, Occur.MUST);
		addClauses(restricted);
		return restricted.build();
	}

	/**
	 * The items this filter lets through that contain {@code term}.
	 */
	Query restrictTerm(Term term) {
		BooleanQuery.Builder restricted = new BooleanQuery.Builder().add(new TermQuery(term), Occur.FILTER);
		addClauses(restricted);
		return restricted.build();
	}

	private void addClauses(BooleanQuery.Builder query) {
		for (Map<String, Set<String>> condition : this.required) {
			BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
			condition.forEach((key, values) -> values
				.forEach((value) -> anyOf.add(new TermQuery(new Term(MatchIndex.keyField(key), value)), Occur.SHOULD)));
			query.add(anyOf.build(), Occur.FILTER);
		}
		this.forbidden.forEach((key, values) -> values
			.forEach((value) -> query.add(new TermQuery(new Term(MatchIndex.keyField(key), value)), Occur.MUST_NOT)));
		if (!this.excludedIds.isEmpty()) {
			List<BytesRef> ids = this.excludedIds.stream().map(BytesRef::new).toList();
			query.add(new TermInSetQuery(MatchIndex.ID, ids), Occur.MUST_NOT);
		}
	}

	private static Map<String, Set<String>> copy(@Nullable Map<String, Set<String>> map) {
		Map<String, Set<String>> copy = new LinkedHashMap<>();
		if (map != null) {
			map.forEach((key, values) -> copy.put(key, Set.copyOf(values)));
		}
		return java.util.Collections.unmodifiableMap(copy);
	}

}
