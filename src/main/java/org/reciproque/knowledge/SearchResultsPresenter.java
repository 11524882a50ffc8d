package org.reciproque.knowledge;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.stereotype.Component;

/**
 * Turns search results into what the search page shows: category labels instead of codes,
 * authors' names for the caller's own network only, the network's name for the others,
 * and facets.
 */
@Component
class SearchResultsPresenter {

	/** Descriptions are cut to about this many characters in the list. */
	static final int EXCERPT_LENGTH = 220;

	private final Categories categories;

	private final Memberships memberships;

	private final Networks networks;

	SearchResultsPresenter(Categories categories, Memberships memberships, Networks networks) {
		this.categories = categories;
		this.memberships = memberships;
		this.networks = networks;
	}

	SearchResultsView present(NetworkScope scope, SearchForm form, KnowledgeSearch.Results results, int pageSize) {
		// Each network names its categories its own way: other networks' items are
		// labelled with their own network's tree.
		Map<Long, CategoryLabels> labels = new HashMap<>();
		labels.put(scope.networkId(), CategoryLabels.of(this.categories.tree(scope.networkId())));
		Map<Long, MemberView> authors = this.memberships.findAll(results.items()
			.stream()
			.filter((item) -> item.networkId() == scope.networkId())
			.map(KnowledgeView::memberId)
			.collect(Collectors.toSet()));
		Map<Long, String> networkNames = networkNames(scope, results.items());
		List<SearchResultsView.Hit> hits = results.items()
			.stream()
			.map((item) -> hit(scope, item,
					labels.computeIfAbsent(item.networkId(),
							(networkId) -> CategoryLabels.of(this.categories.tree(networkId))),
					authors, networkNames))
			.toList();
		int pageCount = (int) Math.min(SearchForm.MAX_PAGE, (results.total() + pageSize - 1) / pageSize);
		String category = form.categoryValue();
		return new SearchResultsView(hits, results.total(), form.pageNumber(), pageCount,
				directionFacets(form, results), categoryFacets(scope, form, results, labels),
				(category != null) ? label(category, labels.get(scope.networkId()), labels) : null);
	}

	private SearchResultsView.Hit hit(NetworkScope scope, KnowledgeView item, CategoryLabels labels,
			Map<Long, MemberView> authors, Map<Long, String> networkNames) {
		boolean own = item.networkId() == scope.networkId();
		String author = null;
		if (own && authors.containsKey(item.memberId())) {
			MemberView member = authors.get(item.memberId());
			author = scope.isAnimator() ? member.displayName() : member.shortName();
		}
		return new SearchResultsView.Hit(item.id(), item.direction(), item.title(),
				item.categories().stream().map(labels::label).toList(), excerpt(item.description()), author,
				own ? null : networkNames.get(item.networkId()));
	}

	private Map<Long, String> networkNames(NetworkScope scope, List<KnowledgeView> items) {
		Set<Long> others = items.stream()
			.map(KnowledgeView::networkId)
			.filter((networkId) -> networkId != scope.networkId())
			.collect(Collectors.toSet());
		Map<Long, String> names = new HashMap<>();
		for (Long networkId : others) {
			this.networks.findById(networkId).map(NetworkView::name).ifPresent((name) -> names.put(networkId, name));
		}
		return names;
	}

	private static List<SearchResultsView.DirectionFacet> directionFacets(SearchForm form,
			KnowledgeSearch.Results results) {
		return List.of(Direction.values())
			.stream()
			.filter((direction) -> results.directionCounts().getOrDefault(direction, 0L) > 0)
			.map((direction) -> new SearchResultsView.DirectionFacet(direction,
					results.directionCounts().get(direction), direction == form.directionValue()))
			.toList();
	}

	private static List<SearchResultsView.CategoryFacet> categoryFacets(NetworkScope scope, SearchForm form,
			KnowledgeSearch.Results results, Map<Long, CategoryLabels> labels) {
		CategoryLabels own = labels.get(scope.networkId());
		return results.categoryCounts()
			.entrySet()
			.stream()
			.map((entry) -> new SearchResultsView.CategoryFacet(entry.getKey(), label(entry.getKey(), own, labels),
					entry.getValue(), entry.getKey().equals(form.categoryValue())))
			.sorted(Comparator.comparingLong(SearchResultsView.CategoryFacet::count)
				.reversed()
				.thenComparing(SearchResultsView.CategoryFacet::label))
			.toList();
	}

	/**
	 * The caller's own label for a code, else another network's, else the code itself.
	 */
	private static String label(String code, CategoryLabels own, Map<Long, CategoryLabels> labels) {
		if (own.labels().containsKey(code)) {
			return own.label(code);
		}
		return labels.values()
			.stream()
			.map(CategoryLabels::labels)
			.map((map) -> map.get(code))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(code);
	}

	/**
	 * The start of a description on one line, cut between words.
	 */
	static @Nullable String excerpt(@Nullable String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		String text = description.strip().replaceAll("\\s+", " ");
		if (text.length() <= EXCERPT_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
		return text.substring(0, (cut > EXCERPT_LENGTH / 2) ? cut : EXCERPT_LENGTH).stripTrailing() + "…";
	}

}
