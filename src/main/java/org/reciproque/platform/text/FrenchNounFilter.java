package org.reciproque.platform.text;

import org.apache.lucene.analysis.TokenStream;

/**
 * Runs before {@code FrenchLightStemFilter}, on lower-case words without accents, and
 * gives back their verb to the action nouns that the light stemmer cuts shorter than the
 * verb's stem: {@code utilisation → utiliser} (else {@code util} against {@code utilis}),
 * {@code réparation → réparer} (else {@code repa}, which is also {@code repas}, against
 * {@code repar}). Only the regular {@code -isation} and {@code -ration} nouns of words
 * long enough not to be stems themselves ({@code ration}). Tokens marked as keywords are
 * left alone.
 */
public final class FrenchNounFilter extends TermRewriteFilter {

	/** The shortest noun rewritten, plural s aside ("narration"). */
	static final int MIN_LENGTH = 9;

	public FrenchNounFilter(TokenStream input) {
		super(input);
	}

	@Override
	int rewrite(char[] s, int length) {
		return verb(s, length);
	}

	/**
	 * Rewrites the word held in the first {@code length} chars of {@code s} in place;
	 * returns its new length (never longer).
	 */
	static int verb(char[] s, int length) {
		int end = (length > 0 && s[length - 1] == 's') ? length - 1 : length;
		if (end < MIN_LENGTH || !endsWith(s, end, "ation")) {
			return length;
		}
		char before = s[end - 6];
		if (before == 'r' || (before == 's' && s[end - 7] == 'i')) {
			// -isation -> -iser, -ration -> -rer: "ation" becomes "er"
			s[end - 5] = 'e';
			s[end - 4] = 'r';
			return end - 3;
		}
		return length;
	}

	private static boolean endsWith(char[] s, int end, String suffix) {
		if (end < suffix.length()) {
			return false;
		}
		for (int i = 0; i < suffix.length(); i++) {
			if (s[end - suffix.length() + i] != suffix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
