package org.reciproque.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board of a network: its active offers and requests by top-level category, with the
 * possible matches between them. Built once per network, {@link BoardVersion board
 * version} and filter, and kept: a request then costs one read of the version, the
 * authors' names and the rendering.
 */
@Service
public class Board {

	/**
	 * Above this many items, the board on screen shows each category folded, loaded when
	 * opened: a page of thousands of items is too heavy for a phone and says nothing at a
	 * glance. Printed and projected boards stay whole.
	 */
	static final int FOLD_ABOVE = 300;

	/** Items kept in the cache, across networks, versions and filters. */
	private static final long CACHED_ITEMS = 50_000;

	private final BoardLayouts layouts;

	private final BoardVersion versions;

	private final Memberships memberships;

	/**
	 * Layouts by network, version and filter. Text filters are left out: their results
	 * come from the search index, which may lag behind the database on other instances.
	 */
	private final Cache<Key, BoardLayout> cache = Caffeine.newBuilder()
		.maximumWeight(CACHED_ITEMS)
		.weigher((Key key, BoardLayout layout) -> layout.size() + 1)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	Board(BoardLayouts layouts, BoardVersion versions, Memberships memberships) {
		this.layouts = layouts;
		this.versions = versions;
		this.memberships = memberships;
	}

	/**
	 * The whole board, every row unfolded (print, projection, export).
	 */
	@Transactional(readOnly = true)
	public BoardView build(NetworkScope viewer, BoardFilter filter) {
		return view(viewer, layout(viewer.networkId(), filter), false);
	}

	/**
	 * The board for the screen: when it holds more than {@value #FOLD_ABOVE} items and no
	 * single category is asked for, its categories come folded, without their items.
	 */
	@Transactional(readOnly = true)
	public BoardView forScreen(NetworkScope viewer, BoardFilter filter) {
		BoardLayout layout = layout(viewer.networkId(), filter);
		return view(viewer, layout, BoardFilter.blank(filter.category()) && layout.size() > FOLD_ABOVE);
	}

	/**
	 * Tells every instance that this network's items changed, for writers that bypass
	 * {@link Knowledges} (bulk imports); call it within their transaction.
	 */
	@Transactional
	public void changed(long networkId) {
		this.versions.bump(networkId);
	}

	private BoardLayout layout(long networkId, BoardFilter filter) {
		long version = this.versions.current(networkId);
		if (!BoardFilter.blank(filter.q())) {
			return this.layouts.build(networkId, filter);
		}
		return this.cache.get(new Key(networkId, version, filter), (key) -> this.layouts.build(networkId, filter));
	}

	/**
	 * The layout as this viewer sees it: a name for animators, first name and initial for
	 * members, no name for visitors. Folded rows (never the items without a category,
	 * which no filter can ask for alone) show no items, so their authors are not looked
	 * up.
	 */
	private BoardView view(NetworkScope viewer, BoardLayout layout, boolean fold) {
		List<Long> shownAuthors = viewer.isMember() ? layout.rows()
			.stream()
			.filter((row) -> !folded(row, fold))
			.flatMap((row) -> Stream.concat(row.offers().stream(), row.requests().stream()))
			.map((placed) -> placed.item().memberId())
			.distinct()
			.toList() : List.of();
		Map<Long, MemberView> authors = shownAuthors.isEmpty() ? Map.of() : this.memberships.findAll(shownAuthors);
		List<BoardView.Row> rows = layout.rows().stream().map((row) -> {
			boolean folded = folded(row, fold);
			return new BoardView.Row(row.category(), entries(row.offers(), folded, viewer, authors),
					entries(row.requests(), folded, viewer, authors), folded);
		}).toList();
		return new BoardView(rows, layout.offers(), layout.requests(), layout.categories());
	}

	private static boolean folded(BoardLayout.Row row, boolean fold) {
		return fold && row.category() != null;
	}

	private static List<BoardView.Entry> entries(List<BoardLayout.Placed> placed, boolean folded, NetworkScope viewer,
			Map<Long, MemberView> authors) {
		return placed.stream()
			.map((p) -> new BoardView.Entry(p.item(),
					folded ? null : authorLabel(viewer, authors.get(p.item().memberId())), p.matches(),
					p.moreMatches()))
			.toList();
	}

	private static @Nullable String authorLabel(NetworkScope viewer, @Nullable MemberView author) {
		if (author == null || !viewer.isMember()) {
			return null;
		}
		return viewer.isAnimator() ? author.displayName() : author.shortName();
	}

	private record Key(long networkId, long version, BoardFilter filter) {

	}

}
