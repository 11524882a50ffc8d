package org.reciproque.platform.text;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * What French spelling tells apart and the analysis does not: accents and case folded for
 * comparing words as lists hold them, and words that the light stemmer merges by dropping
 * a doubled letter. Stateless.
 */
public final class FrenchSpelling {

	private static final Pattern FEMININE_DOUBLING = Pattern.compile("(en|on|el|et|ul|eil)$");

	private FrenchSpelling() {
	}

	/**
	 * Whether two words that the analysis merges are in fact two French words that only
	 * the light stemmer's dropping of doubled letters brought together
	 * ({@code tenir/tennis}, {@code mail/maille}, {@code courir/courrier},
	 * {@code pâte/patte}). Dropping them also forgives "aprendre" for "apprendre", so
	 * only words of the {@code known} list count; a plural's final s or x and a feminine
	 * that adds an e ({@code chiné/chinée}) or doubles its last consonant
	 * ({@code italien/italienne}) are the same word.
	 * @param known whether a word, lower case and without accents, is a French word
	 */
	public static boolean areDistinctWords(String a, String b, Predicate<String> known) {
		if (a.equalsIgnoreCase(b) || (!hasDoubledLetter(a) && !hasDoubledLetter(b))) {
			return false; // the common cases, on the matcher's hot path
		}
		String first = singular(fold(a));
		String second = singular(fold(b));
		if (first.equals(second) || first.equals(second + "e") || second.equals(first + "e")
				|| isFeminine(first, second) || isFeminine(second, first)) {
			return false;
		}
		String plainFirst = undoubled(first);
		String plainSecond = undoubled(second);
		int common = 0;
		while (common < Math.min(plainFirst.length(), plainSecond.length())
				&& plainFirst.charAt(common) == plainSecond.charAt(common)) {
			common++;
		}
		return !prefixOf(first, common).equals(prefixOf(second, common)) && isWord(first, known)
				&& isWord(second, known);
	}

	private static boolean isWord(String singular, Predicate<String> known) {
		return known.test(singular) || known.test(singular + "s") || known.test(singular + "x");
	}

	/**
	 * Whether {@code other} is the feminine of {@code word} by doubling its last
	 * consonant: -en, -on, -el, -et, -ul, -eil
	 * ({@code ancien/ancienne, bon/bonne, muet/muette}).
	 */
	private static boolean isFeminine(String word, String other) {
		return FEMININE_DOUBLING.matcher(word).find() && other.equals(word + word.charAt(word.length() - 1) + "e");
	}

	/**
	 * The start of a word that holds its first {@code letters} letters once doubled ones
	 * count as one.
	 */
	private static String prefixOf(String word, int letters) {
		int seen = 0;
		int end = 0;
		while (end < word.length() && (seen < letters || (end > 0 && word.charAt(end) == word.charAt(end - 1)))) {
			if (end == 0 || word.charAt(end) != word.charAt(end - 1)) {
				seen++;
			}
			end++;
		}
		return word.substring(0, end);
	}

	/**
	 * Whether two neighbouring letters are the same, whatever their case and accents
	 * ({@code créée} has one).
	 */
	private static boolean hasDoubledLetter(String word) {
		String folded = fold(word);
		for (int i = 1; i < folded.length(); i++) {
			if (folded.charAt(i) == folded.charAt(i - 1) && Character.isLetter(folded.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static String singular(String word) {
		return (word.length() > 3 && (word.endsWith("s") || word.endsWith("x"))) ? word.substring(0, word.length() - 1)
				: word;
	}

	private static String undoubled(String word) {
		StringBuilder single = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
				single.append(word.charAt(i));
			}
		}
		return single.toString();
	}

	/**
	 * Lower case, without accents, ligatures written out ({@code Œuvre → oeuvre}): the
	 * analysis's own folding ({@link ASCIIFoldingFilter}), on one word.
	 */
	public static String fold(String word) {
		char[] lower = word.toLowerCase(Locale.ROOT).toCharArray();
		char[] folded = new char[lower.length * 4];
		return new String(folded, 0, ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, lower.length));
	}

}
