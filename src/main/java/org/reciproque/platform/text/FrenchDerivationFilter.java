package org.reciproque.platform.text;

import org.apache.lucene.analysis.TokenStream;

/**
 * Runs after {@code FrenchLightStemFilter} and removes a few endings the light stemmer
 * keeps, so that the forms members actually use meet: {@code tricotage → tricot} (-age
 * nouns), {@code tricotez → tricot} (vous form), {@code nouée/noue → nou} (final -e left
 * by the participle), and the agent and result nouns the light stemmer leaves longer than
 * their verb: {@code nageur → nag} like {@code nager}, {@code cuisinier → cuisin} like
 * {@code cuisiner}, {@code sculpture → sculpt} like {@code sculpter}. Only applied to
 * long enough stems, to avoid merging short unrelated words. Tokens marked as keywords
 * are left alone.
 */
public final class FrenchDerivationFilter extends TermRewriteFilter {

	public FrenchDerivationFilter(TokenStream input) {
		super(input);
	}

	@Override
	int rewrite(char[] s, int length) {
		return stem(s, length);
	}

	/**
	 * Returns the new length of the stem held in the first {@code length} chars of
	 * {@code s}.
	 */
	static int stem(char[] s, int length) {
		if (length >= 6 && s[length - 2] == 'a' && s[length - 1] == 'g') {
			return length - 2; // tricotag -> tricot, bricolag -> bricol
		}
		if (length >= 6 && s[length - 2] == 'e' && s[length - 1] == 'z') {
			return length - 2; // tricotez -> tricot
		}
		if (length >= 7 && s[length - 3] == 'o' && s[length - 2] == 'n' && s[length - 1] == 's') {
			return length - 3; // tricotons -> tricot
		}
		if (length >= 5 && s[length - 1] == 'e') {
			return length - 1; // noue -> nou, like nouer
		}
		if (length >= 5 && s[length - 2] == 'e' && s[length - 1] == 'u' && s[length - 3] != 'i') {
			return length - 2; // nageu(r) -> nag, soudeu(r) -> soud; not milieu, lieu
		}
		if (length >= 6 && s[length - 1] == 'i') {
			return length - 1; // cuisini(er) -> cuisin, plombi(er) -> plomb, licenci(er)
								// -> licenc
		}
		if (length >= 7 && s[length - 2] == 'u' && s[length - 1] == 'r' && s[length - 3] != 'o'
				&& s[length - 3] != 'e') {
			return length - 2; // peintur(e) -> peint, sculptur(e) -> sculpt; not retour
		}
		return length;
	}

}
