package org.reciproque.knowledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * The board's filters; all optional.
 *
 * @param category a category code (top level or sub-category)
 * @param direction offers or requests only
 * @param format a preferred format
 * @param mode in person or remote
 * @param q words to search for
 */
public record BoardFilter(@Nullable String category, @Nullable Direction direction, @Nullable Format format,
		@Nullable Mode mode, @Nullable String q) {

	public static BoardFilter none() {
		return new BoardFilter(null, null, null, null, null);
	}

	public boolean isEmpty() {
		return blank(this.category) && this.direction == null && this.format == null && this.mode == null
				&& blank(this.q);
	}

	/**
	 * The query string of this filter narrowed to one category: where a folded row of the
	 * board finds its items.
	 */
	public String queryFor(String categoryCode) {
		StringJoiner query = new StringJoiner("&");
		if (!blank(this.q)) {
			query.add("q=" + URLEncoder.encode(this.q, StandardCharsets.UTF_8));
		}
		query.add("category=" + URLEncoder.encode(categoryCode, StandardCharsets.UTF_8));
		if (this.direction != null) {
			query.add("direction=" + this.direction);
		}
		if (this.format != null) {
			query.add("format=" + this.format);
		}
		if (this.mode != null) {
			query.add("mode=" + this.mode);
		}
		return query.toString();
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
