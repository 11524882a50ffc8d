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
 * Words the light stemmer would merge with unrelated words ({@code chantier} and
 * {@code chants}), each given a fixed stem, listed in {@link #RESOURCE}
 * ({@code racine: forme forme…}). Applied before stemming, on lower-case words without
 * accents; the forms are marked as keywords, which the stemmers leave alone. Immutable
 * and thread-safe.
 */
public final class FrenchStemExceptions {

	/** Classpath location of the hand-maintained list. */
	public static final String RESOURCE = "/org/reciproque/platform/text/stem-exceptions-fr.txt";

	private static final FrenchStemExceptions DEFAULT = new FrenchStemExceptions(parse(TextResources.lines(RESOURCE)));

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

	/** The list shipped in {@link #RESOURCE}. */
	public static FrenchStemExceptions defaults() {
		return DEFAULT;
	}

	/** Builds exceptions from lines of the {@link #RESOURCE} format. */
	static FrenchStemExceptions of(List<String> lines) {
		return new FrenchStemExceptions(parse(lines));
	}

	private static Map<String, String> parse(List<String> lines) {
		Map<String, String> stems = new TreeMap<>();
		for (String line : lines) {
			int hash = line.indexOf('#');
			String content = ((hash >= 0) ? line.substring(0, hash) : line).strip();
			if (content.isEmpty()) {
				continue;
			}
			int colon = content.indexOf(':');
			if (colon <= 0) {
				throw new IllegalStateException("Stem exception without 'racine:' in " + RESOURCE + ": " + line);
			}
			String stem = FrenchSpelling.fold(content.substring(0, colon).strip());
			for (String form : content.substring(colon + 1).strip().split("\\s+")) {
				String previous = stems.put(FrenchSpelling.fold(form), stem);
				if (previous != null && !previous.equals(stem)) {
					throw new IllegalStateException("Two stems for '" + form + "' in " + RESOURCE);
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
