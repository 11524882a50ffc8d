package org.reciproque.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * The default French category tree every network starts with, read from
 * {@code knowledge/categories-fr.txt}
 * ({@code code | label | synonyms | keywords | prompts}).
 */
final class DefaultCategoryTree {

	static final String RESOURCE = "knowledge/categories-fr.txt";

	private static final List<Entry> ENTRIES = load();

	private DefaultCategoryTree() {
	}

	static List<Entry> entries() {
		return ENTRIES;
	}

	private static List<Entry> load() {
		try {
			String text = new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
			List<Entry> entries = new ArrayList<>();
			for (String line : text.split("\n")) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				String[] fields = trimmed.split("\\s*\\|\\s*", -1);
				if (fields.length != 5) {
					throw new IllegalStateException("Malformed category line: " + line);
				}
				entries.add(new Entry(fields[0], fields[1], emptyToNull(fields[2]), emptyToNull(fields[3]),
						emptyToNull(fields[4])));
			}
			return List.copyOf(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static @Nullable String emptyToNull(String field) {
		return field.isBlank() ? null : field.strip();
	}

	/**
	 * One line of the tree.
	 *
	 * @param code {@code parent} or {@code parent/child}
	 * @param label the French label
	 * @param synonyms comma-separated synonyms
	 * @param keywords comma-separated related words
	 * @param prompts inventory prompts separated by semicolons
	 */
	record Entry(String code, String label, @Nullable String synonyms, @Nullable String keywords,
			@Nullable String prompts) {

		@Nullable String parentCode() {
			int slash = this.code.indexOf('/');
			return (slash < 0) ? null : this.code.substring(0, slash);
		}

	}

}
