package org.reciproque.knowledge;

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

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
