package org.reciproque.platform.text;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading the general thesaurus: mutual links only, single analysed words, a bounded
 * number of synonyms per word.
 */
class GeneralThesaurusTests {

	private static final FrenchTextAnalysis ANALYSIS = new FrenchTextAnalysis();

	@Test
	void shouldKeepOnlyLinksBothWordsList() {
		GeneralThesaurus thesaurus = GeneralThesaurus.load(
				List.of("# comment", "", "jardinage|horticulture|potager", "horticulture|jardinage", "potager|verger"),
				ANALYSIS, 30);
		assertThat(thesaurus.synonyms(key("jardinage"))).containsExactly(key("horticulture"));
		assertThat(thesaurus.synonyms(key("horticulture"))).containsExactly(key("jardinage"));
		assertThat(thesaurus.synonyms(key("potager"))).isEmpty();
		assertThat(thesaurus.size()).isEqualTo(2);
	}

	@Test
	void shouldMeetWordsAsAnalysedAndLeavePhrasesOut() {
		GeneralThesaurus thesaurus = GeneralThesaurus
			.load(List.of("Vélos|bicyclette|petite reine|le", "bicyclettes|vélo"), ANALYSIS, 30);
		assertThat(thesaurus.synonyms(key("vélo"))).containsExactly(key("bicyclette"));
		assertThat(thesaurus.synonyms(key("velo"))).containsExactly(key("bicyclette"));
	}

	@Test
	void shouldKeepTheFirstSynonymsOfAWord() {
		GeneralThesaurus thesaurus = GeneralThesaurus.load(List.of("cuisine|gastronomie|popote|recette",
				"gastronomie|cuisine", "popote|cuisine", "recette|cuisine"), ANALYSIS, 2);
		assertThat(thesaurus.synonyms(key("cuisine"))).containsExactly(key("gastronomie"), key("popote"));
	}

	@Test
	void shouldTellApartWordsOnlyADoubledLetterSeparates() {
		Set<String> french = Set.of("tenir", "tennis", "mail", "maille", "courir", "courrier", "pate", "patte",
				"italien", "italienne", "jardin", "jardinage", "appartement", "apprendre", "chat");
		// the analysis merges each pair
		assertThat(key("tenir")).isEqualTo(key("tennis"));
		assertThat(key("mails")).isEqualTo(key("mailles"));
		assertThat(GeneralThesaurus.areDistinctWords("tenir", "Tennis", french::contains)).isTrue();
		assertThat(GeneralThesaurus.areDistinctWords("mails", "mailles", french::contains)).isTrue();
		assertThat(GeneralThesaurus.areDistinctWords("courir", "courrier", french::contains)).isTrue();
		assertThat(GeneralThesaurus.areDistinctWords("pâte", "pattes", french::contains)).isTrue();
		// one word: inflections, derivations, accents
		assertThat(GeneralThesaurus.areDistinctWords("italien", "italiennes", french::contains)).isFalse();
		assertThat(GeneralThesaurus.areDistinctWords("jardin", "jardinage", french::contains)).isFalse();
		assertThat(GeneralThesaurus.areDistinctWords("chats", "chat", french::contains)).isFalse();
		assertThat(GeneralThesaurus.areDistinctWords("Pâte", "pate", french::contains)).isFalse();
		// a misspelling is not a word: the typo still meets its word
		assertThat(GeneralThesaurus.areDistinctWords("aprendre", "apprendre", french::contains)).isFalse();
		assertThat(GeneralThesaurus.areDistinctWords("apartement", "appartement", french::contains)).isFalse();
	}

	@Test
	void shouldCompareAnyTwoWords() {
		List<String> words = List.of("", "a", "aa", "tennis", "tenir", "vélo", "bicyclette", "Œuvre", "l'été", "ss",
				"ordinnateur", "x", "mailles");
		for (String a : words) {
			for (String b : words) {
				assertThat(GeneralThesaurus.areDistinctWords(a, b, (word) -> true)).as("%s / %s", a, b)
					.isEqualTo(GeneralThesaurus.areDistinctWords(b, a, (word) -> true));
			}
		}
		assertThat(GeneralThesaurus.areDistinctWords("vélo", "bicyclette", (word) -> true)).isFalse();
		assertThat(GeneralThesaurus.fold("Œuvre d'Été")).isEqualTo("oeuvre d'ete");
		// an accent does not hide a doubled letter
		Set<String> created = Set.of("cree", "creee", "cre");
		assertThat(GeneralThesaurus.areDistinctWords("créé", "crée", created::contains)).isFalse();
	}

	@Test
	void shouldKnowTheWordsItLists() {
		GeneralThesaurus thesaurus = GeneralThesaurus.load(List.of("Bâtiment|édifice|immeuble de bureaux"), ANALYSIS,
				30);
		assertThat(thesaurus.isWord("batiment")).isTrue();
		assertThat(thesaurus.isWord("edifice")).isTrue();
		assertThat(thesaurus.isWord("immeuble de bureaux")).isFalse();
		assertThat(GeneralThesaurus.loadDefault(ANALYSIS).isWord("tenir")).isTrue();
	}

	@Test
	void shouldShipAGeneralFrenchThesaurus() {
		GeneralThesaurus thesaurus = GeneralThesaurus.loadDefault(ANALYSIS);
		assertThat(thesaurus.size()).isGreaterThan(20_000);
		assertThat(thesaurus.synonyms(key("horticulture"))).contains(key("jardinage"));
		assertThat(GeneralThesaurus.loadDefault(ANALYSIS)).isSameAs(thesaurus);
	}

	private static String key(String word) {
		return ANALYSIS.tokens(word).get(0).term();
	}

}
