package org.reciproque.platform.text;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

	private static volatile @Nullable FrenchWords loaded;

	private final Set<String> forms;

	private FrenchWords(Set<String> forms) {
		this.forms = forms;
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
		return new FrenchWords(lines.stream()
			.map(String::strip)
			.filter((form) -> !form.isEmpty() && !form.startsWith("#"))
			.collect(Collectors.toUnmodifiableSet()));
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
