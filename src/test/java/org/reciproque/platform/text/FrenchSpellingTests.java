package org.reciproque.platform.text;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folding words for comparison, and telling apart words the light stemmer merges.
 */
class FrenchSpellingTests {

	private static final FrenchTextAnalysis ANALYSIS = new FrenchTextAnalysis();

	@Test
	void shouldTellApartWordsOnlyADoubledLetterSeparates() {
		Set<String> french = Set.of("tenir", "tennis", "mail", "maille", "courir", "courrier", "pate", "patte", "hote",
				"hotte", "italien", "italienne", "jardin", "jardinage", "appartement", "apprendre", "chat", "chine",
				"chinee");
		// the analysis merges these (the stem exceptions already keep tennis,
		// maille, courrier and patte apart)
		assertThat(key("hôte")).isEqualTo(key("hottes"));
		assertThat(FrenchSpelling.areDistinctWords("hôte", "hottes", french::contains)).isTrue();
		assertThat(FrenchSpelling.areDistinctWords("tenir", "Tennis", french::contains)).isTrue();
		assertThat(FrenchSpelling.areDistinctWords("mails", "mailles", french::contains)).isTrue();
		assertThat(FrenchSpelling.areDistinctWords("courir", "courrier", french::contains)).isTrue();
		assertThat(FrenchSpelling.areDistinctWords("pâte", "pattes", french::contains)).isTrue();
		// one word: inflections, derivations, accents
		assertThat(FrenchSpelling.areDistinctWords("italien", "italiennes", french::contains)).isFalse();
		assertThat(FrenchSpelling.areDistinctWords("jardin", "jardinage", french::contains)).isFalse();
		assertThat(FrenchSpelling.areDistinctWords("chats", "chat", french::contains)).isFalse();
		assertThat(FrenchSpelling.areDistinctWords("chinée", "chiné", french::contains)).isFalse();
		assertThat(FrenchSpelling.areDistinctWords("chinées", "chinés", french::contains)).isFalse();
		assertThat(FrenchSpelling.areDistinctWords("Pâte", "pate", french::contains)).isFalse();
		// a misspelling is not a word: the typo still meets its word
		assertThat(FrenchSpelling.areDistinctWords("aprendre", "apprendre", french::contains)).isFalse();
		assertThat(FrenchSpelling.areDistinctWords("apartement", "appartement", french::contains)).isFalse();
	}

	@Test
	void shouldCompareAnyTwoWords() {
		List<String> words = List.of("", "a", "aa", "tennis", "tenir", "vélo", "bicyclette", "Œuvre", "l'été", "ss",
				"ordinnateur", "x", "mailles");
		for (String a : words) {
			for (String b : words) {
				assertThat(FrenchSpelling.areDistinctWords(a, b, (word) -> true)).as("%s / %s", a, b)
					.isEqualTo(FrenchSpelling.areDistinctWords(b, a, (word) -> true));
			}
		}
		assertThat(FrenchSpelling.areDistinctWords("vélo", "bicyclette", (word) -> true)).isFalse();
		assertThat(FrenchSpelling.fold("Œuvre d'Été")).isEqualTo("oeuvre d'ete");
		// an accent does not hide a doubled letter
		Set<String> created = Set.of("cree", "creee", "cre");
		assertThat(FrenchSpelling.areDistinctWords("créé", "crée", created::contains)).isFalse();
	}

	private static String key(String word) {
		return ANALYSIS.tokens(word).get(0).term();
	}

}
