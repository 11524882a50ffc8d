package org.reciproque.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the board of a network: its active offers and requests by top-level category,
 * with the possible matches between them (same category and shared meaningful words).
 */
@Service
public class Board {

	/** How many possible matches the board links for one item. */
	static final int MAX_MATCHES = 3;

	private final Knowledges knowledges;

	private final Categories categories;

	private final KnowledgeSearch search;

	private final Memberships memberships;

	private final WordOverlap words;

	Board(Knowledges knowledges, Categories categories, KnowledgeSearch search, Memberships memberships,
			WordOverlap words) {
		this.knowledges = knowledges;
		this.categories = categories;
		this.search = search;
		this.memberships = memberships;
		this.words = words;
	}

	@Transactional(readOnly = true)
	public BoardView build(NetworkScope viewer, BoardFilter filter) {
		List<CategoryView> tree = this.categories.tree(viewer.networkId());
		Map<String, CategoryView> byCode = new HashMap<>();
		tree.forEach((category) -> byCode.put(category.code(), category));
		List<KnowledgeView> items = filtered(viewer.networkId(), filter);
		Map<Long, MemberView> authors = viewer.isMember()
				? this.memberships.findAll(items.stream().map(KnowledgeView::memberId).distinct().toList()) : Map.of();

		Map<String, List<KnowledgeView>> byTop = new LinkedHashMap<>();
		tree.stream().filter(CategoryView::isTopLevel).forEach((top) -> byTop.put(top.code(), new ArrayList<>()));
		List<KnowledgeView> uncategorised = new ArrayList<>();
		for (KnowledgeView item : items) {
			String top = topLevel(item, byCode);
			if (top == null || !byTop.containsKey(top)) {
				uncategorised.add(item);
			}
			else {
				byTop.get(top).add(item);
			}
		}
		List<BoardView.Row> rows = new ArrayList<>();
		byTop.forEach((code, group) -> {
			if (!group.isEmpty()) {
				rows.add(row(byCode.get(code), group, viewer, authors));
			}
		});
		if (!uncategorised.isEmpty()) {
			rows.add(row(null, uncategorised, viewer, authors));
		}
		int offers = (int) items.stream().filter((item) -> item.direction() == Direction.OFFER).count();
		return new BoardView(rows, offers, items.size() - offers);
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

	private BoardView.Row row(@Nullable CategoryView category, List<KnowledgeView> items, NetworkScope viewer,
			Map<Long, MemberView> authors) {
		List<KnowledgeView> offers = items.stream().filter((item) -> item.direction() == Direction.OFFER).toList();
		List<KnowledgeView> requests = items.stream().filter((item) -> item.direction() == Direction.REQUEST).toList();
		Map<Long, Set<String>> words = new HashMap<>();
		items.forEach((item) -> words.put(item.id(), this.words.words(item)));
		Map<Long, List<BoardView.Match>> matches = new HashMap<>();
		for (KnowledgeView offer : offers) {
			for (KnowledgeView request : requests) {
				int strength = shared(words.get(offer.id()), words.get(request.id()))
						+ (sharesSubCategory(offer, request) ? 1 : 0);
				if (offer.memberId() != request.memberId() && strength > 0) {
					matches.computeIfAbsent(offer.id(), (id) -> new ArrayList<>())
						.add(new BoardView.Match(request.id(), request.title(), strength));
					matches.computeIfAbsent(request.id(), (id) -> new ArrayList<>())
						.add(new BoardView.Match(offer.id(), offer.title(), strength));
				}
			}
		}
		return new BoardView.Row(category, entries(offers, viewer, authors, matches),
				entries(requests, viewer, authors, matches));
	}

	private static List<BoardView.Entry> entries(List<KnowledgeView> items, NetworkScope viewer,
			Map<Long, MemberView> authors, Map<Long, List<BoardView.Match>> matches) {
		return items.stream()
			.map((item) -> entry(item, authorLabel(viewer, authors.get(item.memberId())),
					matches.getOrDefault(item.id(), Collections.emptyList())))
			.toList();
	}

	/**
	 * Only the strongest few matches are linked: on a big board every item would
	 * otherwise list dozens, and the page would grow with the square of its size.
	 */
	private static BoardView.Entry entry(KnowledgeView item, @Nullable String author, List<BoardView.Match> matches) {
		List<BoardView.Match> best = matches.stream()
			.sorted(java.util.Comparator.comparingInt(BoardView.Match::strength)
				.reversed()
				.thenComparing(BoardView.Match::title))
			.limit(MAX_MATCHES)
			.toList();
		return new BoardView.Entry(item, author, best, matches.size() - best.size());
	}

	private static @Nullable String authorLabel(NetworkScope viewer, @Nullable MemberView author) {
		if (author == null || !viewer.isMember()) {
			return null;
		}
		return viewer.isAnimator() ? author.displayName() : author.shortName();
	}

	private static boolean sharesSubCategory(KnowledgeView offer, KnowledgeView request) {
		return offer.categories()
			.stream()
			.anyMatch((code) -> code.contains("/") && request.categories().contains(code));
	}

	private static int shared(Set<String> a, Set<String> b) {
		return (int) a.stream().filter(b::contains).count();
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
