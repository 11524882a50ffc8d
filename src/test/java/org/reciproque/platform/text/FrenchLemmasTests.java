package org.reciproque.platform.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inflected forms meet their lemma ({@link FrenchStemExceptions#LEMMAS}).
 */
class FrenchLemmasTests {

	private final FrenchTextAnalysis analysis = new FrenchTextAnalysis();

	@Test
	void shouldShipWhatTheExportWrites() throws IOException {
		assertThat(TextResources.lines(FrenchStemExceptions.LEMMAS)).isEqualTo(FrenchLemmaExport.lines());
	}

	@Test
	void shouldMeetTheFormsOfIrregularVerbs() {
		assertThat(term("écrivons")).isEqualTo(term("écrire")).isEqualTo(term("ecris"));
		assertThat(term("lisons")).isEqualTo(term("lire")).isEqualTo(term("lu"));
		assertThat(term("connais")).isEqualTo(term("connaître"));
		assertThat(term("cousu")).isEqualTo(term("coudre"));
		assertThat(term("reçois")).isEqualTo(term("recevoir"));
		assertThat(term("travaux")).isEqualTo(term("travail")).isEqualTo(term("travaillons"));
	}

	@Test
	void shouldLeaveToTheStemmerTheFormsOfSeveralLemmas() {
		// a bed, or he reads; a lesson, or you run; a licence, or allowed
		assertThat(term("lit")).isNotEqualTo(term("lire"));
		assertThat(term("cours")).isNotEqualTo(term("courir"));
		assertThat(term("permis")).isNotEqualTo(term("permettre"));
	}

	@Test
	void shouldLetTheHandMadeExceptionsWin() {
		assertThat(FrenchStemExceptions.defaults().stems())
			.containsAllEntriesOf(FrenchStemExceptions.handMade().stems())
			.hasSizeGreaterThan(FrenchStemExceptions.handMade().stems().size() + 10_000);
	}

	private String term(String word) {
		return Tokens.term(this.analysis, word);
	}

}
