package org.reciproque.matching.internal.ranking;

/**
 * Tiny Damerau-Levenshtein check, enough to spot one-letter typos in thesaurus words (the
 * index has Lucene's automata for that, a word list has not).
 */
final class EditDistance {

	private EditDistance() {
	}

	/**
	 * Whether {@code a} and {@code b} differ by at most one edit or one transposition.
	 */
	static boolean atMostOne(String a, String b) {
		int la = a.length();
		int lb = b.length();
		if (Math.abs(la - lb) > 1) {
			return false;
		}
		int i = 0;
		while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (i == la && i == lb) {
			return true;
		}
		if (la == lb) {
			return a.substring(i + 1).equals(b.substring(i + 1)) || isTransposition(a, b, i);
		}
		return (la > lb) ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
	}

	private static boolean isTransposition(String a, String b, int i) {
		return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
				&& a.substring(i + 2).equals(b.substring(i + 2));
	}

}
