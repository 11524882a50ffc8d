package org.reciproque.platform.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.jspecify.annotations.Nullable;

/**
 * The French analysis chain of the matcher, also used to turn thesaurus entries into
 * keys.
 *
 * <p>
 * The chain is: standard tokenizer, {@link FrenchCompounds} ("bien-être", "non violente"
 * read as one word), elision (l', d', qu'…), lower case, a noun that is also a form of
 * another verb read as that verb after a subject pronoun ({@link FrenchSubjectVerbs}: "je
 * bois" → boire, "du bois" stays), stop words ({@link FrenchStopWords}, with and without
 * accents), accent folding (members often type without accents), the
 * {@link FrenchStemExceptions} (among them inflected forms given their lemma's stem),
 * {@link FrenchNounFilter} ({@code utilisation → utiliser}), light French stemming, and
 * {@link FrenchDerivationFilter} so that verb and noun forms meet
 * ({@code tricoter/tricotage → tricot}). The same chain must be used on both sides and
 * for thesaurus entries, otherwise keys would not meet. Immutable and thread-safe: one
 * instance may be shared.
 */
public final class FrenchTextAnalysis {

	/**
	 * Changes whenever the chain's code changes what it makes of a word: with the word
	 * lists, it makes the {@link #fingerprint()} that tells an index built by another
	 * version.
	 */
	static final String CHAIN_VERSION = "2026-12-07.4";

	private final CharArraySet stopWords;

	private final Analyzer analyzer;

	private final String fingerprint;

	/**
	 * Analysis with the default stop words ({@link FrenchStopWords#defaults()}).
	 */
	public FrenchTextAnalysis() {
		this(FrenchStopWords.defaults());
	}

	/**
	 * Analysis with other stop words (their unaccented forms are added here).
	 */
	public FrenchTextAnalysis(CharArraySet stopWords) {
		this(stopWords, FrenchStemExceptions.defaults());
	}

	/**
	 * Analysis with other stop words and stem exceptions.
	 */
	FrenchTextAnalysis(CharArraySet stopWords, FrenchStemExceptions exceptions) {
		this.stopWords = CharArraySet.unmodifiableSet(FrenchStopWords.withFoldedForms(stopWords));
		FrenchSubjectVerbs verbs = FrenchSubjectVerbs.defaults();
		FrenchCompounds compounds = FrenchCompounds.defaults();
		this.analyzer = new ChainAnalyzer(this.stopWords, exceptions, verbs, compounds);
		this.fingerprint = fingerprint(this.stopWords, exceptions, verbs, compounds);
	}

	private static String fingerprint(CharArraySet stopWords, FrenchStemExceptions exceptions, FrenchSubjectVerbs verbs,
			FrenchCompounds compounds) {
		List<String> words = new ArrayList<>();
		stopWords.forEach((word) -> words.add(new String((char[]) word)));
		Collections.sort(words);
		StringBuilder all = new StringBuilder(CHAIN_VERSION).append('\n').append(String.join(" ", words)).append('\n');
		exceptions.stems().forEach((form, stem) -> all.append(form).append(':').append(stem).append(' '));
		all.append('\n');
		verbs.verbs().forEach((form, verb) -> all.append(form).append(':').append(verb).append(' '));
		all.append('\n').append(String.join("\n", compounds.lines()));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(all.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Identifies what this analysis makes of words (its code version, stop words and stem
	 * exceptions): an index whose terms were made under another fingerprint must be
	 * rebuilt.
	 */
	public String fingerprint() {
		return this.fingerprint;
	}

	/**
	 * The normalising analyzer, without synonyms: the matcher expands requests itself.
	 */
	public Analyzer analyzer() {
		return this.analyzer;
	}

	/**
	 * Analyses a text into tokens, keeping each token's original word for readable
	 * reasons.
	 */
	public List<Token> tokens(@Nullable String text) {
		List<Token> tokens = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return tokens;
		}
		try (TokenStream stream = this.analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				String surface = text.substring(offset.startOffset(), offset.endOffset());
				tokens.add(new Token(term.toString(), withoutElision(surface), position, offset.startOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	/**
	 * The word as written, lower-cased, without its elided article ("l'Arabe" → "arabe").
	 */
	public static String withoutElision(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		int apostrophe = Math.max(lower.lastIndexOf('\''), lower.lastIndexOf('\u2019'));
		return lower.substring(apostrophe + 1);
	}

	/**
	 * One analysed token.
	 *
	 * @param term its normalised form (a stem)
	 * @param surface the word it came from, lower-cased and without elision
	 * @param position its position in the text; stop words leave gaps
	 * @param start the offset of its first character in the text
	 */
	public record Token(String term, String surface, int position, int start) {
	}

	private static final class ChainAnalyzer extends Analyzer {

		private final CharArraySet stopWords;

		private final FrenchStemExceptions exceptions;

		private final FrenchSubjectVerbs verbs;

		private final FrenchCompounds compounds;

		ChainAnalyzer(CharArraySet stopWords, FrenchStemExceptions exceptions, FrenchSubjectVerbs verbs,
				FrenchCompounds compounds) {
			this.stopWords = stopWords;
			this.exceptions = exceptions;
			this.verbs = verbs;
			this.compounds = compounds;
		}

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return this.compounds.charFilter(reader);
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream stream = this.compounds.hyphens(source);
			stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
			stream = new LowerCaseFilter(stream);
			// compounds before the stop words, which would take "bien" and "être"
			stream = this.compounds.pairs(stream);
			// before the stop words, which drop the pronouns
			stream = this.verbs.filter(stream);
			// stop words before folding: "ne" is stopped but "né" (nouveau-né) is not
			stream = new StopFilter(stream, this.stopWords);
			stream = new ASCIIFoldingFilter(stream);
			stream = this.exceptions.filter(stream);
			stream = new FrenchNounFilter(stream);
			stream = new FrenchLightStemFilter(stream);
			stream = new FrenchDerivationFilter(stream);
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}

	}

}
