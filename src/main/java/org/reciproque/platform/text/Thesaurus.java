package org.reciproque.platform.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hand-maintained French thesaurus ({@code thesaurus-fr.txt}), in a subset of the Solr
 * synonym format.
 * <ul>
 * <li>{@code vélo, bicyclette, biclou} — equivalent words: each one expands to the others
 * ({@link Relation#SYNONYM}).</li>
 * <li>{@code trac, stress, panique => prise de parole, confiance en soi} — an indirect
 * need: the left-hand words expand to the right-hand ones, not the reverse
 * ({@link Relation#RELATED}).</li>
 * <li>{@code ~ enfant, fils, fille} — a context group: synonyms that say for whom or
 * where, not what to learn. Other entries are topics: a request's topic words must be met
 * by a suggestion (see {@link #isTopic(String)}).</li>
 * <li>{@code japonais, japon} — a topic with no link is still worth listing: it lets the
 * matcher notice that nobody offers it.</li>
 * </ul>
 * Entries are analysed with {@link FrenchTextAnalysis}, so keys are sequences of stems
 * joined by a space. The search index uses the same file through
 * {@link ThesaurusSynonymFilterFactory}. Immutable and thread-safe.
 */
public final class Thesaurus {

	/** Classpath location of the thesaurus. */
	public static final String RESOURCE = "/org/reciproque/platform/text/thesaurus-fr.txt";

	/**
	 * Classpath location of English words and their French translations
	 * ({@code english => français}), written by {@code EnglishFrenchExport} (test class
	 * path), for members who write in English.
	 */
	public static final String TRANSLATIONS = "/org/reciproque/platform/text/thesaurus-en-fr.txt";

	private static final Thesaurus EMPTY = new Thesaurus(Map.of(), 1, Set.of(), Set.of());

	private final Map<String, Map<String, Expansion>> expansions;

	private final int maxPhraseLength;

	private final Set<String> singleWords;

	/** The first word of every entry of several words. */
	private final Set<String> phraseStarts;

	private final Set<String> topics;

	private final Map<String, List<String>> relatedSources;

	/** Every single word of the file, lower case and without accents. */
	private final Set<String> words;

	private Thesaurus(Map<String, Map<String, Expansion>> expansions, int maxPhraseLength, Set<String> topics,
			Set<String> words) {
		this.expansions = expansions;
		this.words = Set.copyOf(words);
		this.relatedSources = relatedSources(expansions);
		this.maxPhraseLength = maxPhraseLength;
		this.topics = Set.copyOf(topics);
		this.singleWords = expansions.keySet()
			.stream()
			.filter((key) -> !key.contains(" "))
			.collect(Collectors.toUnmodifiableSet());
		this.phraseStarts = expansions.keySet()
			.stream()
			.filter((key) -> key.contains(" "))
			.map((key) -> key.substring(0, key.indexOf(' ')))
			.collect(Collectors.toUnmodifiableSet());
	}

	private static Map<String, List<String>> relatedSources(Map<String, Map<String, Expansion>> expansions) {
		Map<String, Set<String>> sources = new HashMap<>();
		expansions.forEach((source, targets) -> targets.values()
			.stream()
			.filter((target) -> target.relation() == Relation.RELATED)
			.forEach((target) -> sources.computeIfAbsent(target.key(), (k) -> new HashSet<>()).add(source)));
		Map<String, List<String>> ordered = new HashMap<>();
		sources.forEach((target, keys) -> ordered.put(target,
				keys.stream()
					.sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
					.toList()));
		return Map.copyOf(ordered);
	}

	/**
	 * An empty thesaurus, for comparisons and tests.
	 */
	public static Thesaurus empty() {
		return EMPTY;
	}

	/**
	 * Loads {@link #RESOURCE} and {@link #TRANSLATIONS} from the classpath.
	 */
	public static Thesaurus loadDefault(FrenchTextAnalysis analysis) {
		return load(TextResources.lines(RESOURCE), TextResources.lines(TRANSLATIONS), analysis);
	}

	/**
	 * Builds a thesaurus from the lines of a thesaurus file.
	 */
	public static Thesaurus load(List<String> lines, FrenchTextAnalysis analysis) {
		return load(lines, List.of(), analysis);
	}

	/**
	 * Builds a thesaurus from the lines of a thesaurus file and of a translations file,
	 * whose one-way links ({@code english => français}) are {@link Relation#TRANSLATION
	 * translations}; their words are not French words ({@link #isWord}).
	 */
	static Thesaurus load(List<String> lines, List<String> translations, FrenchTextAnalysis analysis) {
		Map<String, Map<String, Expansion>> expansions = new HashMap<>();
		Set<String> topics = new HashSet<>();
		Set<String> contextWords = new HashSet<>();
		Set<String> words = new HashSet<>();
		int maxPhraseLength = 1;
		List<ThesaurusLine> all = new ArrayList<>(ThesaurusLine.parseAll(lines));
		int french = all.size();
		all.addAll(ThesaurusLine.parseAll(translations));
		for (int i = 0; i < all.size(); i++) {
			ThesaurusLine line = all.get(i);
			boolean translation = i >= french;
			if (!translation) {
				line.from().forEach((label) -> addWord(label, words));
				line.to().forEach((label) -> addWord(label, words));
			}
			List<Entry> from = entries(line.from(), analysis);
			List<Entry> to = line.oneWay() ? entries(line.to(), analysis) : from;
			Relation relation = translation ? Relation.TRANSLATION
					: line.oneWay() ? Relation.RELATED : Relation.SYNONYM;
			for (Entry source : from) {
				(line.context() ? contextWords : topics).add(source.key());
				maxPhraseLength = Math.max(maxPhraseLength, source.key().split(" ").length);
				Map<String, Expansion> targets = expansions.computeIfAbsent(source.key(), (k) -> new LinkedHashMap<>());
				for (Entry target : to) {
					Expansion old = targets.get(target.key());
					// a synonym link beats a weaker "related" link between the same words
					if (!target.key().equals(source.key()) && (old == null || old.relation() == Relation.RELATED)) {
						targets.put(target.key(),
								new Expansion(target.key(), relation, target.label(), source.label()));
					}
				}
			}
		}
		topics.removeAll(contextWords); // a word listed as context anywhere is context
		return new Thesaurus(expansions, maxPhraseLength, topics, words);
	}

	private static void addWord(String label, Set<String> words) {
		String word = label.trim();
		if (!word.isEmpty() && word.indexOf(' ') < 0) {
			words.add(FrenchSpelling.fold(word));
		}
	}

	/**
	 * Whether a single word, lower case and without accents, is written in the file.
	 */
	public boolean isWord(String folded) {
		return this.words.contains(folded);
	}

	private static List<Entry> entries(List<String> labels, FrenchTextAnalysis analysis) {
		List<Entry> entries = new ArrayList<>();
		for (String label : labels) {
			List<FrenchTextAnalysis.Token> tokens = analysis.tokens(label);
			String key = tokens.stream().map(FrenchTextAnalysis.Token::term).collect(Collectors.joining(" "));
			// "aide aux devoirs" would shrink to "devoirs" once stop words are gone, and
			// "travailler dans" to "travail": such a phrase says more than its remaining
			// word, so drop it; a compound read as one word ("bien-être") is whole
			boolean collapsed = tokens.size() == 1 && label.split("[\\s-]+").length > 1
					&& !tokens.get(0).surface().equals(label.strip().toLowerCase(Locale.ROOT));
			if (!key.isEmpty() && !collapsed) {
				entries.add(new Entry(key, label));
			}
		}
		return entries;
	}

	/**
	 * Expansions of an analysed phrase (stems joined by a space); empty when unknown.
	 */
	public Map<String, Expansion> expand(String key) {
		return this.expansions.getOrDefault(key, Map.of());
	}

	/**
	 * The entries that lead to {@code key} through a one-way link ({@code trac =>
	 * prise de parole} gives {@code trac} for {@code prise de parole}): what someone who
	 * needs this may have written, for matching an offer with requests. Shortest first,
	 * so that a caller that needs only some takes the most general.
	 */
	public List<String> relatedSources(String key) {
		return this.relatedSources.getOrDefault(key, List.of());
	}

	/**
	 * Whether the analysed phrase is a thesaurus entry.
	 */
	public boolean contains(String key) {
		return this.expansions.containsKey(key);
	}

	/**
	 * Whether the analysed phrase names something to learn (not a context word).
	 */
	public boolean isTopic(String key) {
		return this.topics.contains(key);
	}

	/**
	 * Entries made of one word, for typo look-up.
	 */
	public Set<String> singleWordKeys() {
		return this.singleWords;
	}

	/**
	 * Whether some entry of several words starts with this analysed word: phrase look-up
	 * need not go further otherwise.
	 */
	public boolean startsPhrase(String word) {
		return this.phraseStarts.contains(word);
	}

	/**
	 * Longest entry, in words, so that phrase look-up knows how far to look.
	 */
	public int maxPhraseLength() {
		return this.maxPhraseLength;
	}

	/**
	 * Number of distinct entries.
	 */
	public int size() {
		return this.expansions.size();
	}

	/**
	 * How an expansion relates to the word it comes from; weights are the user's choice.
	 */
	public enum Relation {

		/** Equivalent words. */
		SYNONYM,

		/** A one-way link to a probable need. */
		RELATED,

		/**
		 * An English word's French equivalent: it holds for the English word as written
		 * only, since a French word may share its analysis ("chinée" is not "chin").
		 */
		TRANSLATION

	}

	/**
	 * One expansion of an entry.
	 *
	 * @param key the analysed phrase
	 * @param relation how it relates to the entry
	 * @param label the phrase as written in the thesaurus, for readable reasons
	 * @param source the entry's own word or phrase as written, which the analysed phrase
	 * came from: another word may share its analysis
	 */
	public record Expansion(String key, Relation relation, String label, String source) {
	}

	private record Entry(String key, String label) {
	}

}
