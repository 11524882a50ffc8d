package org.reciproque.platform.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher's French analysis: elisions, case and accents, verb and noun forms, stop
 * words.
 */
class FrenchTextAnalysisTests {

	private final FrenchTextAnalysis analysis = new FrenchTextAnalysis();

	@Test
	void shouldRemoveElidedArticlesAndPronouns() {
		assertThat(term("l'arabe")).isEqualTo(term("arabe"));
		assertThat(term("d’anglais")).isEqualTo(term("anglais"));
		assertThat(term("qu'informatique")).isEqualTo(term("informatique"));
	}

	@Test
	void shouldIgnoreAccentsAndCase() {
		assertThat(term("Écriture")).isEqualTo(term("ecriture"));
		assertThat(term("PÂTISSERIE")).isEqualTo(term("patisserie"));
	}

	@Test
	void shouldMeetVerbAndNounForms() {
		assertThat(term("tricoter")).isEqualTo(term("tricot"));
		assertThat(term("tricotage")).isEqualTo(term("tricot"));
		assertThat(term("jardinage")).isEqualTo(term("jardin"));
		assertThat(term("jardiner")).isEqualTo(term("jardin"));
		assertThat(term("vélos")).isEqualTo(term("vélo"));
	}

	@Test
	void shouldDropRequestBoilerplate() {
		assertThat(terms("Bonjour, je voudrais apprendre la couture svp")).containsExactly(term("couture"));
	}

	@Test
	void shouldKeepBornButStopNegation() {
		assertThat(terms("nouveau-né")).hasSize(2);
		assertThat(terms("je ne sais pas")).doesNotContain("ne");
	}

	@Test
	void shouldKeepTheWrittenWordAndPositions() {
		List<FrenchTextAnalysis.Token> tokens = this.analysis.tokens("Prise de parole à l'Oral");
		assertThat(tokens).extracting(FrenchTextAnalysis.Token::surface).containsExactly("prise", "parole", "oral");
		assertThat(tokens).extracting(FrenchTextAnalysis.Token::position).containsExactly(0, 2, 4);
	}

	@Test
	void shouldGiveNoTokenForNoText() {
		assertThat(this.analysis.tokens(null)).isEmpty();
		assertThat(this.analysis.tokens("  ")).isEmpty();
	}

	private List<String> terms(String text) {
		return this.analysis.tokens(text).stream().map(FrenchTextAnalysis.Token::term).toList();
	}

	private String term(String word) {
		List<String> terms = terms(word);
		assertThat(terms).as("terms of %s", word).hasSize(1);
		return terms.get(0);
	}

}
