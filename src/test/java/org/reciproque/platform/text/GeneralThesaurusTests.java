package org.reciproque.platform.text;

import java.util.List;

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
	void shouldKnowTheWordsItLists() {
		GeneralThesaurus thesaurus = GeneralThesaurus.load(List.of("Bâtiment|édifice|immeuble de bureaux"), ANALYSIS,
				30);
		assertThat(thesaurus.isWord("batiment")).isTrue();
		assertThat(thesaurus.isWord("edifice")).isTrue();
		assertThat(thesaurus.isWord("immeuble de bureaux")).isFalse();
		assertThat(GeneralThesaurus.loadDefault(ANALYSIS).isWord("tenir")).isTrue();
	}

	@Test
	void shouldKnowTheAnalysisOfEveryWordItLists() {
		GeneralThesaurus thesaurus = GeneralThesaurus.load(List.of("exploser|éclater", "pétarade"), ANALYSIS, 30);
		assertThat(thesaurus.isStem(key("explose"))).isTrue();
		assertThat(thesaurus.isStem(key("éclatent"))).isTrue();
		assertThat(thesaurus.isStem(key("pétarade"))).isTrue();
		assertThat(thesaurus.isStem(key("exposé"))).isFalse();
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
