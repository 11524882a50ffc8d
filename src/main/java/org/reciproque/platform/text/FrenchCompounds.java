package org.reciproque.platform.text;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Compound words read as one word ({@link #RESOURCE}): those whose parts alone would be
 * stop words or other words, so that "bien-être" does not vanish and "non-violente" does
 * not become "violente". A variant written with a hyphen is recognised when written with
 * a hyphen, one written with a space when its two words follow each other with one
 * character between them; both become the first variant's letters, without separator.
 *
 * <p>
 * Hyphens between letters reach the tokenizer as underscores ({@link #charFilter}), which
 * keeps "bien_être" in one token with its offsets; {@link #hyphens} then gives the known
 * compounds their joined form and splits every other hyphenated word back into its parts,
 * as the tokenizer alone would have. {@link #pairs} joins the spaced variants once the
 * words are lower case and without elision. Immutable and thread-safe.
 */
public final class FrenchCompounds {

	/** Classpath location of the hand-maintained list. */
	public static final String RESOURCE = "/org/reciproque/platform/text/compounds-fr.txt";

	private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

	private static final char JOINER = '_';

	private static final FrenchCompounds DEFAULT = of(TextResources.lines(RESOURCE));

	/** Written with hyphens, lower case, without accents → the joined word. */
	private final Map<String, String> hyphenated;

	/** Two words and a space, lower case, without accents → the joined word. */
	private final Map<String, String> spaced;

	private final List<String> lines;

	private FrenchCompounds(Map<String, String> hyphenated, Map<String, String> spaced, List<String> lines) {
		this.hyphenated = Map.copyOf(hyphenated);
		this.spaced = Map.copyOf(spaced);
		this.lines = List.copyOf(lines);
	}

	/** The list shipped in {@link #RESOURCE}. */
	public static FrenchCompounds defaults() {
		return DEFAULT;
	}

	/** Compounds from lines of the {@link #RESOURCE} format. */
	static FrenchCompounds of(List<String> lines) {
		Map<String, String> hyphenated = new HashMap<>();
		Map<String, String> spaced = new HashMap<>();
		List<String> kept = lines.stream()
			.map(String::strip)
			.filter((l) -> !l.isEmpty() && !l.startsWith("#"))
			.toList();
		for (String line : kept) {
			String[] variants = line.split(",");
			String joined = variants[0].strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "");
			for (String variant : variants) {
				String key = FrenchSpelling.fold(variant.strip().toLowerCase(Locale.ROOT));
				if (key.contains("-")) {
					hyphenated.put(key, joined);
				}
				else if (key.split(" ").length == 2) {
					spaced.put(key, joined);
				}
				else {
					throw new IllegalArgumentException("Not a compound of two words or a hyphenated one: " + variant);
				}
			}
		}
		return new FrenchCompounds(hyphenated, spaced, kept);
	}

	/** The list's lines, for the analysis's fingerprint. */
	List<String> lines() {
		return this.lines;
	}

	/** Turns hyphens between letters into joiners, which keep the tokenizer's offsets. */
	Reader charFilter(Reader reader) {
		return new PatternReplaceCharFilter(HYPHEN, String.valueOf(JOINER), reader);
	}

	/** Right after the tokenizer: the known hyphenated compounds, the others split. */
	TokenStream hyphens(TokenStream in) {
		return new HyphenFilter(in, this.hyphenated);
	}

	/** After lower case and elision: the known pairs of words joined. */
	TokenStream pairs(TokenStream in) {
		return new PairFilter(in, this.spaced);
	}

	private static final class HyphenFilter extends TokenFilter {

		private final Map<String, String> compounds;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final Deque<String> parts = new ArrayDeque<>();

		private AttributeSource.State state;

		private int nextStart;

		HyphenFilter(TokenStream in, Map<String, String> compounds) {
			super(in);
			this.compounds = compounds;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.parts.isEmpty()) {
				restoreState(this.state);
				String part = this.parts.removeFirst();
				this.term.setEmpty().append(part);
				this.offset.setOffset(this.nextStart, this.nextStart + part.length());
				this.increment.setPositionIncrement(1);
				this.nextStart += part.length() + 1;
				return true;
			}
			if (!this.input.incrementToken()) {
				return false;
			}
			String word = this.term.toString();
			if (word.indexOf(JOINER) < 0) {
				return true;
			}
			String compound = this.compounds
				.get(FrenchSpelling.fold(word.toLowerCase(Locale.ROOT)).replace(JOINER, '-'));
			if (compound != null) {
				this.term.setEmpty().append(compound);
				return true;
			}
			String[] split = word.split(String.valueOf(JOINER), -1);
			int start = this.offset.startOffset();
			this.term.setEmpty().append(split[0]);
			this.offset.setOffset(start, start + split[0].length());
			this.state = captureState();
			this.nextStart = start + split[0].length() + 1;
			for (int i = 1; i < split.length; i++) {
				if (!split[i].isEmpty()) {
					this.parts.addLast(split[i]);
				}
			}
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.parts.clear();
			this.state = null;
		}

	}

	private static final class PairFilter extends TokenFilter {

		private final Map<String, String> pairs;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private AttributeSource.State pending;

		private boolean exhausted;

		PairFilter(TokenStream in, Map<String, String> pairs) {
			super(in);
			this.pairs = pairs;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (this.pending != null) {
				restoreState(this.pending);
				this.pending = null;
			}
			else if (this.exhausted || !this.input.incrementToken()) {
				return false;
			}
			String first = FrenchSpelling.fold(this.term.toString());
			int start = this.offset.startOffset();
			int end = this.offset.endOffset();
			State current = captureState();
			if (!this.input.incrementToken()) {
				this.exhausted = true;
				restoreState(current);
				return true;
			}
			String joined = (this.offset.startOffset() == end + 1)
					? this.pairs.get(first + " " + FrenchSpelling.fold(this.term.toString())) : null;
			if (joined == null) {
				this.pending = captureState();
				restoreState(current);
				return true;
			}
			int secondEnd = this.offset.endOffset();
			restoreState(current);
			this.term.setEmpty().append(joined);
			this.offset.setOffset(start, secondEnd);
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.pending = null;
			this.exhausted = false;
		}

	}

}
