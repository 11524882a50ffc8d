package org.reciproque.platform.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A general French thesaurus ({@link #RESOURCE}, derived from LibreOffice's French
 * thesaurus): broad, with every sense of a word mixed, hence weak evidence, used only as
 * a faint link between words that the hand-written {@link Thesaurus} does not relate.
 * Only mutual links are kept (each word lists the other), which drops most of the links
 * that hold for one sense of a word only. Keys and synonyms are single analysed words;
 * the synonyms of a word's first senses come first. Immutable and thread-safe.
 */
public final class GeneralThesaurus {

	/**
	 * The resource, one word per line: {@code mot|synonyme|synonyme…} (see its header).
	 */
	public static final String RESOURCE = "/org/reciproque/platform/text/thesaurus-general-fr.txt";

	/** The most synonyms kept for a word. */
	static final int PER_WORD = 30;

	private static final GeneralThesaurus EMPTY = new GeneralThesaurus(Map.of(), Set.of());

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern FEMININE_DOUBLING = Pattern.compile("(en|on|el|et|ul|eil)$");

	/** Per analysis instance, and only while that analysis is in use. */

	private static final Map<FrenchTextAnalysis, GeneralThesaurus> LOADED = new WeakHashMap<>();

	private final Map<String, List<String>> synonyms;

	/** Every single word of the file, lower case and without accents. */
	private final Set<String> words;

	private GeneralThesaurus(Map<String, List<String>> synonyms, Set<String> words) {
		this.synonyms = synonyms;
		this.words = words;
	}

	public static GeneralThesaurus empty() {
		return EMPTY;
	}

	/**
	 * Loads {@link #RESOURCE} from the classpath, once per analysis (it is large).
	 */
	public static GeneralThesaurus loadDefault(FrenchTextAnalysis analysis) {
		synchronized (LOADED) {
			return LOADED.computeIfAbsent(analysis, (a) -> load(TextResources.lines(RESOURCE), a, PER_WORD));
		}
	}

	/**
	 * Builds a thesaurus from lines {@code mot|synonyme|synonyme…} ({@code #} starts a
	 * comment), keeping at most {@code perWord} synonyms of each word.
	 */
	public static GeneralThesaurus load(List<String> lines, FrenchTextAnalysis analysis, int perWord) {
		Map<String, Set<String>> listed = new HashMap<>();
		Map<String, String> stems = new HashMap<>();
		Set<String> known = new HashSet<>();
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] words = line.split("\\|");
			for (String word : words) {
				if (!word.contains(" ")) {
					known.add(fold(word));
				}
			}
			String key = stem(words[0], analysis, stems);
			if (key == null) {
				continue;
			}
			Set<String> target = listed.computeIfAbsent(key, (k) -> new LinkedHashSet<>());
			for (int i = 1; i < words.length; i++) {
				String synonym = stem(words[i], analysis, stems);
				if (synonym != null && !synonym.equals(key)) {
					target.add(synonym);
				}
			}
		}
		Map<String, List<String>> mutual = new HashMap<>();
		listed.forEach((key, words) -> {
			List<String> kept = new ArrayList<>();
			for (String word : words) {
				if (kept.size() < perWord && listed.getOrDefault(word, Set.of()).contains(key)) {
					kept.add(word);
				}
			}
			if (!kept.isEmpty()) {
				mutual.put(key, List.copyOf(kept));
			}
		});
		return new GeneralThesaurus(Map.copyOf(mutual), Set.copyOf(known));
	}

	/**
	 * Whether two words that the analysis merges are in fact two French words that only
	 * the light stemmer's dropping of doubled letters brought together
	 * ({@code tenir/tennis}, {@code mail/maille}, {@code courir/courrier},
	 * {@code pâte/patte}). Dropping them also forgives "aprendre" for "apprendre", so
	 * only words of the {@code known} list count; a plural's final s or x and a feminine
	 * that doubles its last consonant ({@code italien/italienne}) are the same word.
	 * @param known whether a word, lower case and without accents, is a French word
	 */
	public static boolean areDistinctWords(String a, String b, Predicate<String> known) {
		if (a.equalsIgnoreCase(b) || (!hasDoubledLetter(a) && !hasDoubledLetter(b))) {
			return false; // the common cases, on the matcher's hot path
		}
		String first = singular(fold(a));
		String second = singular(fold(b));
		if (first.equals(second) || isFeminine(first, second) || isFeminine(second, first)) {
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

	/**
	 * Whether a word, lower case and without accents, is one this thesaurus lists.
	 */
	public boolean isWord(String folded) {
		return this.words.contains(folded);
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
	 * Lower case, without accents, ligatures written out ({@code Œuvre → oeuvre}).
	 */
	public static String fold(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.chars().allMatch((c) -> c < 128)) {
			return lower;
		}
		String decomposed = Normalizer.normalize(lower.replace("œ", "oe").replace("æ", "ae"), Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("");
	}

	/**
	 * The single analysed word of a label, or null for phrases and stop words.
	 */
	static @Nullable String stem(String label, FrenchTextAnalysis analysis, Map<String, String> cache) {
		String stem = cache.computeIfAbsent(label, (l) -> {
			if (l.isBlank() || l.contains(" ")) {
				return "";
			}
			List<FrenchTextAnalysis.Token> tokens = analysis.tokens(l);
			return (tokens.size() == 1) ? tokens.get(0).term() : "";
		});
		return stem.isEmpty() ? null : stem;
	}

	/**
	 * The synonyms of an analysed word, closest first; empty when unknown.
	 */
	public List<String> synonyms(String stem) {
		return this.synonyms.getOrDefault(stem, List.of());
	}

	public int size() {
		return this.synonyms.size();
	}

}
