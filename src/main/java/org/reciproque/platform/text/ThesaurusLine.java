package org.reciproque.platform.text;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry line of the thesaurus file, as written: {@code a, b, c} (a group of
 * equivalent words), {@code a, b => c, d} (a one-way link) or {@code ~ a, b} (a context
 * group). See {@link Thesaurus} for what each form means.
 *
 * @param from the words on the left of {@code =>}, or of the whole group
 * @param to the words the left ones expand to; the group itself when not one-way
 * @param oneWay whether the line is a {@code =>} link
 * @param context whether the line starts with {@code ~}
 */
record ThesaurusLine(List<String> from, List<String> to, boolean oneWay, boolean context) {

	ThesaurusLine {
		from = List.copyOf(from);
		to = List.copyOf(to);
	}

	/**
	 * Whether the line is a group of equivalent words, each expanding to the others.
	 */
	boolean isSynonymGroup() {
		return !this.oneWay && this.from.size() > 1;
	}

	/**
	 * The entry lines of a thesaurus file; comments ({@code #…}) and blank lines are
	 * skipped.
	 */
	static List<ThesaurusLine> parseAll(List<String> lines) {
		List<ThesaurusLine> entries = new ArrayList<>();
		for (String line : lines) {
			ThesaurusLine entry = parse(line);
			if (entry != null) {
				entries.add(entry);
			}
		}
		return entries;
	}

	static @Nullable ThesaurusLine parse(String line) {
		String text = line.strip();
		if (text.isEmpty() || text.startsWith("#")) {
			return null;
		}
		boolean context = text.startsWith("~");
		if (context) {
			text = text.substring(1);
		}
		int arrow = text.indexOf("=>");
		if (arrow < 0) {
			List<String> group = words(text);
			return new ThesaurusLine(group, group, false, context);
		}
		return new ThesaurusLine(words(text.substring(0, arrow)), words(text.substring(arrow + 2)), true, context);
	}

	private static List<String> words(String part) {
		List<String> words = new ArrayList<>();
		for (String word : part.split(",")) {
			if (!word.isBlank()) {
				words.add(word.strip());
			}
		}
		return words;
	}

}
