package org.reciproque.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small text operations of the data generator: variants, placeholders, French elision,
 * and the imperfections of real writing (missing accents, typos).
 */
final class FrenchText {

	private static final Pattern VARIANTS = Pattern.compile("\\{([^{}]*)\\}");

	private static final Pattern GENDERED = Pattern.compile("<([^<>/]+)/([^<>/]+)>");

	// "de" and "que" before a vowel lose their "e"; "de le", "à les"... contract. An "h"
	// is left alone: whether it elides depends on the word.
	private static final Pattern ELISION = Pattern
		.compile("\\b(de|que|De|Que) (?=[aeiouyàâäéèêëîïôöûüAEIOUYÀÂÉÈÊÎÔÛ])");

	private static final Map<String, String> CONTRACTIONS = Map.of("de le ", "du ", "de Le ", "du ", "de les ", "des ",
			"de Les ", "des ", "à le ", "au ", "à Le ", "au ", "à les ", "aux ", "à Les ", "aux ");

	/** Mistakes people really make when typing quickly. */
	private static final List<String[]> USUAL_MISTAKES = List.of(new String[] { "j'aimerais", "j'aimerai" },
			new String[] { "J'aimerais", "J'aimerai" }, new String[] { "quelqu'un", "quelqu un" },
			new String[] { "c'est", "c est" }, new String[] { "apprendre", "aprendre" },
			new String[] { "beaucoup", "beaucoups" }, new String[] { "ça", "sa" }, new String[] { "vous", "vs" },
			new String[] { "pour", "pr" }, new String[] { "je n'", "j'" }, new String[] { "Je n'", "J'" },
			new String[] { "dans", "ds" }, new String[] { "besoin", "besoins" }, new String[] { "parce que", "pcq" },
			new String[] { "rendez-vous", "rdv" }, new String[] { "et", "é" });

	private FrenchText() {
	}

	/**
	 * Replaces each {@code {a|b|c}} by one of its variants (the empty variant too).
	 */
	static String variants(String text, RandomGenerator random) {
		if (text.indexOf('{') < 0) {
			return text;
		}
		Matcher matcher = VARIANTS.matcher(text);
		StringBuilder result = new StringBuilder(text.length());
		while (matcher.find()) {
			String[] choices = matcher.group(1).split("\\|", -1);
			matcher.appendReplacement(result, Matcher.quoteReplacement(choices[random.nextInt(choices.length)]));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/**
	 * Agrees the text with its author: {@code <e>} and {@code <masculine/feminine>}.
	 */
	static String gender(String text, boolean woman) {
		if (text.indexOf('<') < 0) {
			return text;
		}
		String agreed = text.replace("<e>", woman ? "e" : "");
		Matcher matcher = GENDERED.matcher(agreed);
		StringBuilder result = new StringBuilder(agreed.length());
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(woman ? 2 : 1)));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/**
	 * Applies French elision and contractions after placeholders were filled ("de
	 * utiliser" becomes "d'utiliser", "à Le Mans" becomes "au Mans").
	 */
	static String elide(String text) {
		String result = text;
		for (Map.Entry<String, String> contraction : CONTRACTIONS.entrySet()) {
			result = result.replace(contraction.getKey(), contraction.getValue());
		}
		return ELISION.matcher(result).replaceAll((match) -> match.group(1).charAt(0) + "'");
	}

	static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String withoutAccents(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	static String slug(String text) {
		return withoutAccents(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	/**
	 * One typo: a usual mistake when the text has one, otherwise two letters swapped, a
	 * letter dropped or doubled in a longer word.
	 */
	static String typo(String text, RandomGenerator random) {
		if (random.nextBoolean()) {
			int start = random.nextInt(USUAL_MISTAKES.size());
			for (int i = 0; i < USUAL_MISTAKES.size(); i++) {
				String[] mistake = USUAL_MISTAKES.get((start + i) % USUAL_MISTAKES.size());
				int at = wordAt(text, mistake[0]);
				if (at >= 0) {
					return text.substring(0, at) + mistake[1] + text.substring(at + mistake[0].length());
				}
			}
		}
		return letterTypo(text, random);
	}

	private static int wordAt(String text, String word) {
		int at = text.indexOf(word);
		while (at >= 0) {
			boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
			int end = at + word.length();
			boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
			if (startsWord && endsWord) {
				return at;
			}
			at = text.indexOf(word, at + 1);
		}
		return -1;
	}

	private static String letterTypo(String text, RandomGenerator random) {
		Matcher words = Pattern.compile("\\p{L}{5,}").matcher(text);
		int count = 0;
		while (words.find()) {
			count++;
		}
		if (count == 0) {
			return text;
		}
		int target = random.nextInt(count);
		words.reset();
		for (int i = 0; i <= target; i++) {
			words.find();
		}
		int position = words.start() + 1 + random.nextInt(words.end() - words.start() - 2);
		StringBuilder result = new StringBuilder(text);
		switch (random.nextInt(3)) {
			case 0 -> {
				char c = result.charAt(position);
				result.setCharAt(position, result.charAt(position + 1));
				result.setCharAt(position + 1, c);
			}
			case 1 -> result.deleteCharAt(position);
			default -> result.insert(position, result.charAt(position));
		}
		return result.toString();
	}

}
