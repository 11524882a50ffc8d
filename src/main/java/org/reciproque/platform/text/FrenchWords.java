package org.reciproque.platform.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The common words of French in all their forms ({@link #RESOURCE}, derived from
 * LanguageTool's French dictionary), lower case and without accents: tells a word that a
 * member spelt right but that no item uses ("semoule") from a misspelling ("semoul",
 * "motiv"), which the matcher may then read as a near word. Immutable and thread-safe.
 */
public final class FrenchWords {

	/**
	 * The resource, one form per line, sorted; {@code #} starts a comment.
	 */
	public static final String RESOURCE = "/org/reciproque/platform/text/words-fr.txt";

	private static final FrenchWords NONE = new FrenchWords(Set.of());

	private static volatile @Nullable FrenchWords loaded;

	private final Set<String> forms;

	private FrenchWords(Set<String> forms) {
		this.forms = forms;
	}

	/**
	 * No word at all, for comparisons and tests.
	 */
	public static FrenchWords none() {
		return NONE;
	}

	/**
	 * Loads {@link #RESOURCE} from the classpath, once per class loader (it is large).
	 */
	public static FrenchWords loadDefault() {
		FrenchWords words = loaded;
		if (words == null) {
			synchronized (FrenchWords.class) {
				words = loaded;
				if (words == null) {
					words = of(TextResources.lines(RESOURCE));
					loaded = words;
				}
			}
		}
		return words;
	}

	/**
	 * The words of lines in the format of {@link #RESOURCE}.
	 */
	public static FrenchWords of(List<String> lines) {
		Set<String> forms = new HashSet<>(lines.size() * 4 / 3 + 1);
		for (String line : lines) {
			String form = line.strip();
			if (!form.isEmpty() && !form.startsWith("#")) {
				forms.add(form);
			}
		}
		return new FrenchWords(Set.copyOf(forms));
	}

	/**
	 * Whether a word, lower case and without accents, is a form of a common French word.
	 */
	public boolean contains(String folded) {
		return this.forms.contains(folded);
	}

	public int size() {
		return this.forms.size();
	}

}
