package org.reciproque.platform.text;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The common French words ({@link FrenchWords}).
 */
class FrenchWordsTests {

	@Test
	void shouldShipWhatTheExportWrites() throws IOException {
		assertThat(TextResources.lines(FrenchWords.RESOURCE)).isEqualTo(FrenchWordsExport.lines());
	}

	@Test
	void shouldKnowEverydayWordsInAllTheirFormsWithoutAccents() {
		FrenchWords words = FrenchWords.loadDefault();
		assertThat(words.contains("semoule")).isTrue();
		assertThat(words.contains("poiriers")).isTrue();
		assertThat(words.contains("cloture")).isTrue();
		assertThat(words.contains("ecrivons")).isTrue();
		assertThat(words.size()).isGreaterThan(50_000);
	}

	@Test
	void shouldNotKnowMisspellingsProperNounsOrAccentedForms() {
		FrenchWords words = FrenchWords.loadDefault();
		assertThat(words.contains("ordinnateur")).isFalse();
		assertThat(words.contains("tapiser")).isFalse();
		assertThat(words.contains("seoul")).isFalse();
		assertThat(words.contains("clôture")).isFalse();
	}

	@Test
	void shouldReadOneFormPerLineAndSkipComments() {
		FrenchWords words = FrenchWords.of(List.of("# commentaire", "", "  velo ", "tricot"));
		assertThat(words.size()).isEqualTo(2);
		assertThat(words.contains("velo")).isTrue();
		assertThat(words.contains("commentaire")).isFalse();
	}

}
