package org.reciproque.matching.internal.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.reciproque.platform.text.FrenchSpelling;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.FrenchTextAnalysis.Token;
import org.reciproque.platform.text.GeneralThesaurus;
import org.reciproque.platform.text.Thesaurus;

/**
 * Turns a request (title + description) into {@link Concept}s: analysed words, grouped
 * into thesaurus phrases when one matches, each with its synonyms, related needs, the
 * general thesaurus's weak links of single words and, for unknown long words (likely
 * typos), the known words one edit away.
 */
final class ConceptExtractor {

	/**
	 * Typos are only looked for in words this long: short words have too many neighbours.
	 */
	static final int FUZZY_MIN_LENGTH = 6;

	/** Stop words leave gaps inside a phrase: "prise de parole" keeps a gap of one. */
	private static final int MAX_GAP = 3;

	/** The word that opens a title's purpose complement. */
	private static final Pattern PURPOSE = Pattern.compile("(?iu)\\bpour\\b");

	private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");

	/**
	 * Calendar, clock and number words, which say when or how many: a request's "interro
	 * vendredi", "le soir", "depuis 15 ans" tell nothing of what to learn.
	 */
	private static final String INCIDENTAL_WORDS = "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars "
			+ "avril mai juin juillet août septembre octobre novembre décembre printemps été automne hiver matin "
			+ "matinée midi après-midi aprem soir soirée minuit hier demain aujourd'hui semaine week-end weekend "
			+ "mois an année journée deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente "
			+ "quarante cinquante soixante cent mille";

	/**
	 * Set phrases that say how often, when or how, whose nouns name nothing to learn:
	 * "mon ordinateur plante tout le temps" is about computers, not time management;
	 * "tout le monde", "du coup", "en ce moment" are fillers. Matched on the text as
	 * written, accents optional.
	 */
	private static final Pattern FILLER_PHRASES = Pattern.compile("(?iu)\\b(?:tout le temps|tout le long"
			+ "|de temps en temps|de temps [àa] autre|en m[êe]me temps|la plupart du temps|tout de suite|par la suite"
			+ "|du coup|d['’]un coup|tout [àa] coup|tout d['’]un coup|en ce moment|pour le moment|[àa] un moment"
			+ "|au moment o[ùu]|tout le monde|la plupart|[àa] part [çc]a|quelque part|d['’]autre part|d['’]une part"
			+ "|en fait|au fait|[àa] chaque fois|[àa] la fois|des fois|en tout cas|dans tous les cas|au cas o[ùu]"
			+ "|n['’]importe (?:quoi|comment|o[ùu]|qui)|pas mal|au moins|en plus|de plus en plus|au bout d['’]un moment"
			+ "|il y a longtemps|depuis longtemps)\\b");

	private final FrenchTextAnalysis analysis;

	private final Thesaurus thesaurus;

	private final boolean fuzzy;

	private final GeneralThesaurus general;

	private final Predicate<String> isWord;

	private final Predicate<String> isWordStem;

	private final Set<String> incidentalWords;

	/**
	 * @param isWord whether a word (lower case, without accents) is a French word: an
	 * entry whose word only shares its analysis with the request's (tennis for tenir) is
	 * not expanded
	 * @param isWordStem whether an analysed word is that of a French word: such a word is
	 * no typo, even when no item uses it
	 */
	ConceptExtractor(FrenchTextAnalysis analysis, Thesaurus thesaurus, boolean fuzzy, GeneralThesaurus general,
			Predicate<String> isWord, Predicate<String> isWordStem) {
		this.analysis = analysis;
		this.thesaurus = thesaurus;
		this.fuzzy = fuzzy;
		this.general = general;
		this.isWord = isWord;
		this.isWordStem = isWordStem;
		this.incidentalWords = analysis.tokens(INCIDENTAL_WORDS)
			.stream()
			.map(Token::term)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The concepts of a request, title first.
	 * @param known whether an analysed word occurs in the indexed items
	 * @param neighbours known words one edit away from an analysed word
	 */
	List<Concept> extract(@Nullable String title, @Nullable String description, Predicate<String> known,
			Function<String, List<String>> neighbours) {
		Map<String, Concept> concepts = new LinkedHashMap<>();
		collect(title, true, concepts, known, neighbours);
		collect(description, false, concepts, known, neighbours);
		return new ArrayList<>(concepts.values());
	}

	private void collect(@Nullable String text, boolean inTitle, Map<String, Concept> concepts, Predicate<String> known,
			Function<String, List<String>> neighbours) {
		List<Token> tokens = withoutFillers(text, this.analysis.tokens(text));
		int purposeStart = inTitle ? purposeStart(text, tokens) : Integer.MAX_VALUE;
		int i = 0;
		while (i < tokens.size()) {
			List<Token> phrase = tokens.subList(i, i + longestPhrase(tokens, i));
			String key = join(phrase, Token::term);
			Concept existing = concepts.get(key);
			if (existing != null) {
				existing.inTitle |= inTitle;
				existing.occurrences++;
			}
			else {
				Concept concept = new Concept(key, join(phrase, Token::surface), inTitle);
				concept.topic = this.thesaurus.isTopic(key);
				concept.purpose = phrase.get(0).start() > purposeStart;
				concept.incidental = NUMBER.matcher(key).matches() || this.incidentalWords.contains(key);
				if (!concept.incidental) {
					// "le soir" is no "soirée dansante", "le matin" no croissant
					expand(concept, phrase, known, neighbours);
				}
				concepts.put(key, concept);
			}
			i += phrase.size();
		}
	}

	/**
	 * The tokens outside {@link #FILLER_PHRASES}: their positions stay, so that a
	 * thesaurus phrase does not form across a removed filler.
	 */
	private static List<Token> withoutFillers(@Nullable String text, List<Token> tokens) {
		if (text == null || tokens.isEmpty()) {
			return tokens;
		}
		List<MatchResult> fillers = FILLER_PHRASES.matcher(text).results().toList();
		if (fillers.isEmpty()) {
			return tokens;
		}
		List<Token> kept = new ArrayList<>(tokens.size());
		int next = 0;
		for (Token token : tokens) {
			while (next < fillers.size() && token.start() >= fillers.get(next).end()) {
				next++;
			}
			if (next == fillers.size() || token.start() < fillers.get(next).start()) {
				kept.add(token);
			}
		}
		return kept;
	}

	/**
	 * Where the purpose complement of a title starts ("pour ..."), when a topic precedes
	 * it: "Maquillage discret pour un entretien" is about make-up. A title whose head is
	 * no topic ("Besoin d'aide pour mon CV") is about its complement.
	 */
	private int purposeStart(@Nullable String title, List<Token> tokens) {
		int start = (title != null)
				? PURPOSE.matcher(title).results().mapToInt(MatchResult::start).findFirst().orElse(-1) : -1;
		boolean topicBefore = start >= 0
				&& tokens.stream().anyMatch((token) -> token.start() < start && this.thesaurus.isTopic(token.term()));
		return topicBefore ? start : Integer.MAX_VALUE;
	}

	private static String join(List<Token> tokens, Function<Token, String> part) {
		StringBuilder joined = new StringBuilder();
		for (Token token : tokens) {
			joined.append(joined.isEmpty() ? "" : " ").append(part.apply(token));
		}
		return joined.toString();
	}

	/**
	 * Length of the longest thesaurus phrase starting at {@code start} (1 if none).
	 */
	private int longestPhrase(List<Token> tokens, int start) {
		if (!this.thesaurus.startsPhrase(tokens.get(start).term())) {
			return 1;
		}
		int max = Math.min(this.thesaurus.maxPhraseLength(), tokens.size() - start);
		for (int n = max; n >= 2; n--) {
			List<Token> phrase = tokens.subList(start, start + n);
			if (isContiguous(phrase) && this.thesaurus.contains(join(phrase, Token::term))) {
				return n;
			}
		}
		return 1;
	}

	private static boolean isContiguous(List<Token> phrase) {
		for (int j = 1; j < phrase.size(); j++) {
			if (phrase.get(j).position() - phrase.get(j - 1).position() > MAX_GAP) {
				return false;
			}
		}
		return true;
	}

	private void expand(Concept concept, List<Token> parts, Predicate<String> known,
			Function<String, List<String>> neighbours) {
		addThesaurus(concept, concept.key, false);
		if (parts.size() > 1) {
			containedEntries(concept, parts);
			for (Token part : parts) {
				concept.add(part.term(), Concept.Kind.PART, part.surface());
			}
			return;
		}
		// weak links of a single word, to words some item uses
		for (String synonym : this.general.synonyms(concept.key)) {
			if (known.test(synonym)) {
				concept.add(synonym, Concept.Kind.GENERAL, synonym);
			}
		}
		if (this.fuzzy && concept.key.length() >= FUZZY_MIN_LENGTH && !known.test(concept.key)
				&& !this.isWord.test(FrenchSpelling.fold(concept.surface)) && !this.isWordStem.test(concept.key)) {
			// an unknown long word is often a typo, unless it is a French word ("interne"
			// is not "interro"): try the known words one edit away
			for (String near : neighbours.apply(concept.key)) {
				concept.add(near, Concept.Kind.FUZZY, near);
				concept.topic |= this.thesaurus.isTopic(near);
				addThesaurus(concept, near, true);
			}
		}
	}

	/**
	 * The shorter thesaurus entries inside a phrase, as written and with their links: the
	 * request says "fiche de paie" when it says "lignes de la fiche de paie", and the
	 * longer entry must not hide it.
	 */
	private void containedEntries(Concept concept, List<Token> parts) {
		for (int length = parts.size() - 1; length >= 2; length--) {
			for (int start = 0; start + length <= parts.size(); start++) {
				List<Token> inner = parts.subList(start, start + length);
				String key = join(inner, Token::term);
				if (this.thesaurus.contains(key)) {
					concept.add(key, Concept.Kind.EXACT, join(inner, Token::surface));
					addThesaurus(concept, key, false);
				}
			}
		}
	}

	/**
	 * Whether a word as written is an English word or its plural ({@code meetings},
	 * {@code hobbies}): the French analysis may bring a French word to the same stem.
	 */
	static boolean isEnglishForm(String surface, String english) {
		String written = FrenchSpelling.fold(surface);
		String word = FrenchSpelling.fold(english);
		return written.equals(word) || written.equals(word + "s") || written.equals(word + "es")
				|| (word.endsWith("y") && written.equals(word.substring(0, word.length() - 1) + "ies"));
	}

	private void addThesaurus(Concept concept, String key, boolean viaTypo) {
		for (Thesaurus.Expansion expansion : this.thesaurus.expand(key).values()) {
			if (!viaTypo && FrenchSpelling.areDistinctWords(concept.surface, expansion.source(), this.isWord)) {
				continue; // "tenir" is not the entry "tennis"
			}
			if (!viaTypo && expansion.relation() == Thesaurus.Relation.TRANSLATION
					&& !isEnglishForm(concept.surface, expansion.source())) {
				continue; // "chinée" is not the English "chin", though both give "chin"
			}
			boolean related = expansion.relation() == Thesaurus.Relation.RELATED;
			Concept.Kind kind = viaTypo ? Concept.Kind.FUZZY : related ? Concept.Kind.RELATED : Concept.Kind.SYNONYM;
			concept.add(expansion.key(), kind, expansion.label());
			if (related) {
				// "trac => prise de parole" should also reach "prendre la parole", its
				// synonym
				for (Thesaurus.Expansion synonym : this.thesaurus.expand(expansion.key()).values()) {
					if (synonym.relation() == Thesaurus.Relation.SYNONYM) {
						concept.add(synonym.key(), kind, synonym.label());
					}
				}
			}
		}
	}

}
