package org.reciproque.platform.text;

import org.apache.lucene.analysis.TokenStream;

/**
 * Runs before {@code FrenchLightStemFilter}, on lower-case words without accents, and
 * rewrites the forms that the light stemmer would part from their family:
 * <ul>
 * <li>it gives back their verb to the action nouns that the stemmer cuts shorter than the
 * verb's stem: {@code utilisation → utiliser} (else {@code util} against {@code utilis}),
 * {@code réparation → réparer} (else {@code repa}, which is also {@code repas}, against
 * {@code repar}); only the regular {@code -isation} and {@code -ration} nouns of words
 * long enough not to be stems themselves ({@code ration});</li>
 * <li>it writes with a y the forms of the verbs in {@code -oyer}, {@code -uyer} and
 * {@code -ayer} whose y becomes i before a silent e: {@code nettoie → nettoye}, as in
 * {@code nettoyer} and {@code nettoyage} ({@code netoy}, else {@code neto});
 * {@code appuie, déploiement, essaie} likewise, and {@code paie} meets {@code paye},
 * which French also writes.</li>
 * </ul>
 * Tokens marked as keywords are left alone.
 */
public final class FrenchNounFilter extends TermRewriteFilter {

	/** The shortest noun rewritten, plural s aside ("narration"). */
	static final int MIN_LENGTH = 9;

	public FrenchNounFilter(TokenStream input) {
		super(input);
	}

	/**
	 * The shortest stem, up to its i ({@code ennui}), of an {@code -oyer} or
	 * {@code -uyer} form rewritten: shorter ones are mostly nouns
	 * ({@code joie, voie, pluie}).
	 */
	static final int MIN_OY_STEM = 5;

	/** The same for {@code -ayer} verbs ({@code paie}). */
	static final int MIN_AY_STEM = 3;

	/** Endings after the i of these verbs, longest first. */
	private static final String[] ENDINGS = { "eraient", "ements", "erions", "erait", "eriez", "erons", "eront",
			"ement", "erai", "eras", "erez", "ent", "era", "es", "e" };

	@Override
	int rewrite(char[] s, int length) {
		return alternation(s, verb(s, length));
	}

	/**
	 * Writes with a y the i of the {@code -oyer, -uyer} and {@code -ayer} verbs in the
	 * word held in the first {@code length} chars of {@code s}, in place; its length does
	 * not change.
	 */
	static int alternation(char[] s, int length) {
		for (String ending : ENDINGS) {
			int i = length - ending.length() - 1;
			if (i >= MIN_AY_STEM - 1 && s[i] == 'i' && endsWith(s, length, ending)) {
				char before = s[i - 1];
				if (before == 'a' || (i + 1 >= MIN_OY_STEM && (before == 'o' || before == 'u'))) {
					s[i] = 'y';
				}
				return length;
			}
		}
		return length;
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
