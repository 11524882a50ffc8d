package org.reciproque.platform.text;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
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

	private static final char JOINER = '_';

	private static final FrenchCompounds DEFAULT = of(TextResources.lines(RESOURCE));

	/** Written with hyphens, lower case, without accents → the joined word. */
	private final Map<String, String> hyphenated;

	/** Two words and a space, lower case, without accents → the joined word. */
	private final Map<String, String> spaced;

	/**
	 * The first words of the spaced variants, as written and without accents, lower case:
	 * only they make the pair filter look ahead (checked on the term buffer, no copy).
	 */
	private final CharArraySet firstWords;

	private final List<String> lines;

	private FrenchCompounds(Map<String, String> hyphenated, Map<String, String> spaced, Set<String> firstWords,
			List<String> lines) {
		this.hyphenated = Map.copyOf(hyphenated);
		this.spaced = Map.copyOf(spaced);
		this.firstWords = CharArraySet.unmodifiableSet(new CharArraySet(firstWords, false));
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
		Set<String> firstWords = new HashSet<>();
		List<String> kept = lines.stream()
			.map(String::strip)
			.filter((l) -> !l.isEmpty() && !l.startsWith("#"))
			.toList();
		for (String line : kept) {
			String[] variants = line.split(",");
			String joined = variants[0].strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "");
			for (String variant : variants) {
				String written = variant.strip().toLowerCase(Locale.ROOT);
				String key = FrenchSpelling.fold(written);
				if (key.contains("-")) {
					hyphenated.put(key, joined);
				}
				else if (key.split(" ").length == 2) {
					spaced.put(key, joined);
					firstWords.add(written.substring(0, written.indexOf(' ')));
					firstWords.add(key.substring(0, key.indexOf(' ')));
				}
				else {
					throw new IllegalArgumentException("Not a compound of two words or a hyphenated one: " + variant);
				}
			}
		}
		return new FrenchCompounds(hyphenated, spaced, firstWords, kept);
	}

	/** The list's lines, for the analysis's fingerprint. */
	List<String> lines() {
		return this.lines;
	}

	/** Turns hyphens between letters into joiners, which keep the tokenizer's offsets. */
	Reader charFilter(Reader reader) {
		return new HyphenJoiner(reader);
	}

	/** Right after the tokenizer: the known hyphenated compounds, the others split. */
	TokenStream hyphens(TokenStream in) {
		return new HyphenFilter(in, this.hyphenated);
	}

	/** After lower case and elision: the known pairs of words joined. */
	TokenStream pairs(TokenStream in) {
		return new PairFilter(in, this.spaced, this.firstWords);
	}

	private static final class HyphenFilter extends TokenFilter {

		private final Map<String, String> compounds;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		/** The parts of a split word still to emit, each with its start offset. */
		private final Deque<Part> parts = new ArrayDeque<>();

		private AttributeSource.State state;

		HyphenFilter(TokenStream in, Map<String, String> compounds) {
			super(in);
			this.compounds = compounds;
		}

		@Override
		public boolean incrementToken() throws IOException {
			while (this.parts.isEmpty()) {
				if (!this.input.incrementToken()) {
					return false;
				}
				if (!hasJoiner(this.term)) {
					return true;
				}
				String word = this.term.toString();
				String compound = this.compounds
					.get(FrenchSpelling.fold(word.toLowerCase(Locale.ROOT)).replace(JOINER, '-'));
				if (compound != null) {
					this.term.setEmpty().append(compound);
					return true;
				}
				split(word, this.offset.startOffset());
				this.state = captureState();
			}
			// the first part keeps the word's position increment, the others follow it
			boolean first = this.parts.size() == this.parts.peekFirst().total();
			restoreState(this.state);
			Part part = this.parts.removeFirst();
			this.term.setEmpty().append(part.text());
			this.offset.setOffset(part.start(), part.start() + part.text().length());
			if (!first) {
				this.increment.setPositionIncrement(1);
			}
			return true;
		}

		private static boolean hasJoiner(CharTermAttribute term) {
			char[] buffer = term.buffer();
			for (int i = 0; i < term.length(); i++) {
				if (buffer[i] == JOINER) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Queues the non-empty parts of a word whose joiners were hyphens or underscores.
		 */
		private void split(String word, int start) {
			String[] split = word.split(String.valueOf(JOINER), -1);
			int count = 0;
			for (String text : split) {
				count += text.isEmpty() ? 0 : 1;
			}
			int at = start;
			for (String text : split) {
				if (!text.isEmpty()) {
					this.parts.addLast(new Part(text, at, count));
				}
				at += text.length() + 1;
			}
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.parts.clear();
			this.state = null;
		}

	}

	/**
	 * One part of a split word: its text, its start offset, and how many parts the word
	 * has.
	 */
	private record Part(String text, int start, int total) {
	}

	private static final class PairFilter extends TokenFilter {

		private final Map<String, String> pairs;

		private final CharArraySet firstWords;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private AttributeSource.State pending;

		private boolean exhausted;

		PairFilter(TokenStream in, Map<String, String> pairs, CharArraySet firstWords) {
			super(in);
			this.pairs = pairs;
			this.firstWords = firstWords;
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
			if (!this.firstWords.contains(this.term.buffer(), 0, this.term.length())) {
				return true;
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

	/**
	 * Replaces a hyphen between two letters with {@link #JOINER}, one character for one,
	 * so that offsets need no correction. Texts are short: reads the whole input first.
	 */
	private static final class HyphenJoiner extends CharFilter {

		private char[] text;

		private int next;

		HyphenJoiner(Reader in) {
			super(in);
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			if (this.text == null) {
				this.text = join(this.input);
			}
			if (this.next >= this.text.length) {
				return -1;
			}
			int count = Math.min(length, this.text.length - this.next);
			System.arraycopy(this.text, this.next, buffer, offset, count);
			this.next += count;
			return count;
		}

		@Override
		protected int correct(int currentOff) {
			return currentOff;
		}

		private static char[] join(Reader in) throws IOException {
			StringBuilder all = new StringBuilder();
			char[] chunk = new char[1024];
			for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
				all.append(chunk, 0, read);
			}
			char[] text = all.toString().toCharArray();
			for (int i = 1; i < text.length - 1; i++) {
				if (text[i] == '-' && Character.isLetter(text[i - 1]) && Character.isLetter(text[i + 1])) {
					text[i] = JOINER;
				}
			}
			return text;
		}

	}

}
