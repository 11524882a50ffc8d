package org.reciproque.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the layout of a network's board from the database: its active items that pass
 * the filter, by top-level category, each linked to its strongest possible matches.
 */
@Component
class BoardLayouts {

	/** How many possible matches the board links for one item. */
	static final int MAX_MATCHES = 3;

	private static final Comparator<BoardView.Match> STRONGEST_FIRST = Comparator
		.comparingInt(BoardView.Match::strength)
		.reversed()
		.thenComparing(BoardView.Match::title)
		.thenComparingLong(BoardView.Match::id);

	private final Knowledges knowledges;

	private final Categories categories;

	private final KnowledgeSearch search;

	private final BoardMatches matches;

	BoardLayouts(Knowledges knowledges, Categories categories, KnowledgeSearch search, BoardMatches matches) {
		this.knowledges = knowledges;
		this.categories = categories;
		this.search = search;
		this.matches = matches;
	}

	BoardLayout build(long networkId, BoardFilter filter) {
		List<CategoryView> tree = this.categories.tree(networkId);
		Map<String, CategoryView> byCode = new HashMap<>();
		tree.forEach((category) -> byCode.put(category.code(), category));
		List<KnowledgeView> items = filtered(networkId, filter);
		Map<String, List<KnowledgeView>> byTop = new LinkedHashMap<>();
		tree.stream().filter(CategoryView::isTopLevel).forEach((top) -> byTop.put(top.code(), new ArrayList<>()));
		List<KnowledgeView> uncategorised = new ArrayList<>();
		for (KnowledgeView item : items) {
			String top = topLevel(item, byCode);
			byTop.getOrDefault(top, uncategorised).add(item);
		}
		List<BoardLayout.Row> rows = new ArrayList<>();
		byTop.forEach((code, group) -> {
			if (!group.isEmpty()) {
				rows.add(row(byCode.get(code), group));
			}
		});
		if (!uncategorised.isEmpty()) {
			rows.add(row(null, uncategorised));
		}
		int offers = (int) items.stream().filter((item) -> item.direction() == Direction.OFFER).count();
		return new BoardLayout(List.copyOf(rows), offers, items.size() - offers, tree);
	}

	private List<KnowledgeView> filtered(long networkId, BoardFilter filter) {
		List<KnowledgeView> items = this.knowledges.active(networkId);
		Set<Long> found = BoardFilter.blank(filter.q()) ? null : this.search.matchingIds(networkId, filter.q());
		return items.stream()
			.filter((item) -> found == null || found.contains(item.id()))
			.filter((item) -> filter.direction() == null || item.direction() == filter.direction())
			.filter((item) -> filter.format() == null || item.formats().contains(filter.format()))
			.filter((item) -> filter.mode() == null || item.mode().isCompatibleWith(filter.mode()))
			.filter((item) -> BoardFilter.blank(filter.category()) || item.categories()
				.stream()
				.anyMatch((code) -> code.equals(filter.category()) || code.startsWith(filter.category() + "/")))
			.toList();
	}

	private BoardLayout.Row row(@Nullable CategoryView category, List<KnowledgeView> items) {
		List<KnowledgeView> offers = items.stream().filter((item) -> item.direction() == Direction.OFFER).toList();
		List<KnowledgeView> requests = items.stream().filter((item) -> item.direction() == Direction.REQUEST).toList();
		Map<Long, List<BoardView.Match>> found = this.matches.between(offers, requests);
		return new BoardLayout.Row(category, placed(offers, found), placed(requests, found));
	}

	/**
	 * Only the strongest few matches are linked: on a big board every item would
	 * otherwise list dozens, and the page would grow with the square of its size.
	 */
	private static List<BoardLayout.Placed> placed(List<KnowledgeView> items, Map<Long, List<BoardView.Match>> found) {
		return items.stream().map((item) -> {
			List<BoardView.Match> all = found.getOrDefault(item.id(), List.of());
			List<BoardView.Match> best = all.stream().sorted(STRONGEST_FIRST).limit(MAX_MATCHES).toList();
			return new BoardLayout.Placed(item, best, all.size() - best.size());
		}).toList();
	}

	private static @Nullable String topLevel(KnowledgeView item, Map<String, CategoryView> byCode) {
		for (String code : item.categories()) {
			CategoryView category = byCode.get(code);
			if (category != null && !category.hidden()) {
				return category.isTopLevel() ? category.code() : category.parentCode();
			}
		}
		return null;
	}

}
