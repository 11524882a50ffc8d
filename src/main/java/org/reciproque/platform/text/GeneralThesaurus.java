package org.reciproque.platform.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

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

	private static final GeneralThesaurus EMPTY = new GeneralThesaurus(Map.of(), Set.of(), Set.of());

	/** Per analysis instance, and only while that analysis is in use. */

	private static final Map<FrenchTextAnalysis, GeneralThesaurus> LOADED = new WeakHashMap<>();

	private final Map<String, List<String>> synonyms;

	/** Every single word of the file, lower case and without accents. */
	private final Set<String> words;

	/** The analysis of every single word of the file. */
	private final Set<String> stems;

	private GeneralThesaurus(Map<String, List<String>> synonyms, Set<String> words, Set<String> stems) {
		this.synonyms = synonyms;
		this.words = words;
		this.stems = stems;
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
					known.add(FrenchSpelling.fold(word));
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
		Set<String> analysed = new HashSet<>(stems.values());
		analysed.remove("");
		return new GeneralThesaurus(Map.copyOf(mutual), Set.copyOf(known), Set.copyOf(analysed));
	}

	/**
	 * Whether a word, lower case and without accents, is one this thesaurus lists.
	 */
	public boolean isWord(String folded) {
		return this.words.contains(folded);
	}

	/**
	 * Whether an analysed word is that of a word this thesaurus lists ("explos" for
	 * "exploser", "explose", "explosent").
	 */
	public boolean isStem(String stem) {
		return this.stems.contains(stem);
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
