package org.reciproque.platform.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;

/**
 * Words given a fixed stem before stemming ({@code racine: forme forme…}): those the
 * light stemmer would merge with unrelated words ({@code chantier} and {@code chants}),
 * listed by hand in {@link #RESOURCE}, and the inflected forms that it would part from
 * their lemma ({@code écrivons}, {@code lu}, {@code travaux}), listed in {@link #LEMMAS}
 * with the stem of their lemma. Applied before stemming, on lower-case words without
 * accents; the forms are marked as keywords, which the stemmers leave alone. Immutable
 * and thread-safe.
 */
public final class FrenchStemExceptions {

	/** Classpath location of the hand-maintained list. */
	public static final String RESOURCE = "/org/reciproque/platform/text/stem-exceptions-fr.txt";

	/**
	 * Classpath location of the inflected forms and the stems of their lemmas, written by
	 * {@code FrenchLemmaExport} (test class path); the hand-maintained list wins.
	 */
	public static final String LEMMAS = "/org/reciproque/platform/text/lemmas-fr.txt";

	private static final FrenchStemExceptions HAND_MADE = new FrenchStemExceptions(
			parse(TextResources.lines(RESOURCE), RESOURCE));

	private static final FrenchStemExceptions DEFAULT = new FrenchStemExceptions(
			HAND_MADE.with(parse(TextResources.lines(LEMMAS), LEMMAS)));

	/** Form to stem, both lower case and without accents, in order. */
	private final Map<String, String> stems;

	private final StemmerOverrideMap map;

	private FrenchStemExceptions(Map<String, String> stems) {
		this.stems = Map.copyOf(stems);
		StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
		stems.forEach(builder::add);
		try {
			this.map = builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lists shipped in {@link #RESOURCE} and {@link #LEMMAS}. */
	public static FrenchStemExceptions defaults() {
		return DEFAULT;
	}

	/** The hand-maintained list alone, from which {@link #LEMMAS} is computed. */
	static FrenchStemExceptions handMade() {
		return HAND_MADE;
	}

	/** Builds exceptions from lines of the {@link #RESOURCE} format. */
	static FrenchStemExceptions of(List<String> lines) {
		return new FrenchStemExceptions(parse(lines, "the given lines"));
	}

	/** These stems, and the others' for the forms these do not list. */
	private Map<String, String> with(Map<String, String> others) {
		Map<String, String> all = new TreeMap<>(others);
		all.putAll(this.stems);
		return all;
	}

	private static Map<String, String> parse(List<String> lines, String source) {
		Map<String, String> stems = new TreeMap<>();
		for (String line : lines) {
			int hash = line.indexOf('#');
			String content = ((hash >= 0) ? line.substring(0, hash) : line).strip();
			if (content.isEmpty()) {
				continue;
			}
			int colon = content.indexOf(':');
			if (colon <= 0) {
				throw new IllegalStateException("Stem exception without 'racine:' in " + source + ": " + line);
			}
			String stem = FrenchSpelling.fold(content.substring(0, colon).strip());
			for (String form : content.substring(colon + 1).strip().split("\\s+")) {
				String previous = stems.put(FrenchSpelling.fold(form), stem);
				if (previous != null && !previous.equals(stem)) {
					throw new IllegalStateException("Two stems for '" + form + "' in " + source);
				}
			}
		}
		return stems;
	}

	/** Form to stem, lower case and without accents, sorted by form. */
	public Map<String, String> stems() {
		return new TreeMap<>(this.stems);
	}

	/** A filter giving each listed form its stem and marking it as a keyword. */
	public TokenStream filter(TokenStream input) {
		return new StemmerOverrideFilter(input, this.map);
	}

}
