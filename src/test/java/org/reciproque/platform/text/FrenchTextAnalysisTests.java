package org.reciproque.platform.text;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
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
	void shouldMeetActionNounsAndTheirVerbs() {
		assertThat(term("utilisation")).isEqualTo(term("utiliser")).isEqualTo(term("utilisé"));
		assertThat(term("organisations")).isEqualTo(term("organiser"));
		assertThat(term("réparation")).isEqualTo(term("réparer")).isNotEqualTo(term("repas"));
		assertThat(term("amélioration")).isEqualTo(term("améliore"));
		assertThat(term("ration")).isNotEqualTo(term("rer"));
	}

	@Test
	void shouldMeetTheIAndYFormsOfOyerUyerAndAyerVerbs() {
		assertThat(term("nettoie")).isEqualTo(term("nettoyer")).isEqualTo(term("nettoyage"));
		assertThat(term("nettoies")).isEqualTo(term("nettoyé"));
		assertThat(term("appuie")).isEqualTo(term("appuyer"));
		assertThat(term("déploiement")).isEqualTo(term("déployer"));
		assertThat(term("essaie")).isEqualTo(term("essayer")).isEqualTo(term("essaye"));
		assertThat(terms("fiche de paie")).isEqualTo(terms("fiche de paye"));
		assertThat(term("balaies")).isEqualTo(term("balayer"));
		// short nouns keep their i
		assertThat(term("joie")).isEqualTo(term("joies")).isNotEqualTo(term("joyeux"));
		assertThat(term("voie")).isEqualTo(term("voies"));
	}

	@Test
	void shouldKeepApartWordsTheStemmerWouldMerge() {
		assertThat(term("chantiers")).isEqualTo(term("chantier")).isNotEqualTo(term("chants"));
		assertThat(term("chants")).isEqualTo(term("chanter"));
		assertThat(term("élevage")).isEqualTo(term("éleveurs")).isNotEqualTo(term("élève"));
		assertThat(term("métier")).isNotEqualTo(term("métis"));
		assertThat(term("coureur")).isEqualTo(term("courir")).isNotEqualTo(term("cours"));
		assertThat(term("boxeur")).isEqualTo(term("boxe")).isNotEqualTo(term("box"));
	}

	@Test
	void shouldMeetTheFeminineOfALanguagesAdjective() {
		assertThat(term("anglaise")).isEqualTo(term("anglais")).isEqualTo(term("anglaises"));
		assertThat(term("grecque")).isEqualTo(term("grec"));
		assertThat(term("japonaise")).isEqualTo(term("japonais"));
	}

	@Test
	void shouldReadAVerbOfAProperNounsSpellingAsTheVerb() {
		// the dictionary also lists Sers, Mens and Cuis as places
		assertThat(term("sers")).isEqualTo(term("servir"));
		assertThat(term("mens")).isEqualTo(term("mentir"));
		assertThat(term("cuis")).isEqualTo(term("cuire"));
		assertThat(term("git")).isNotEqualTo(term("gésir"));
	}

	@Test
	void shouldKeepTimeAsATopic() {
		// "gestion du temps", "les temps en anglais"
		assertThat(terms("la gestion du temps")).containsExactly(term("gestion"), term("temps"));
	}

	@Test
	void shouldDropImpersonalVerbsAndRelativePronouns() {
		assertThat(terms("il me faut un CV, il paraît que")).containsExactly(term("cv"));
		assertThat(terms("lesquelles")).isEmpty();
	}

	@Test
	void shouldDropRequestBoilerplate() {
		assertThat(terms("Bonjour, je voudrais apprendre la couture svp")).containsExactly(term("couture"));
	}

	@Test
	void shouldDropEnglishFunctionWordsButNotFrenchWords() {
		assertThat(terms("I would want to learn French with you")).containsExactly(term("french"));
		// "the" is thé, "but" a goal, without accents
		assertThat(terms("the but")).hasSize(2);
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
	void shouldFingerprintWhatItMakesOfWords() {
		assertThat(new FrenchTextAnalysis().fingerprint()).isEqualTo(this.analysis.fingerprint()).hasSize(32);
		CharArraySet more = FrenchStopWords.defaults();
		more.add("tricot");
		assertThat(new FrenchTextAnalysis(more).fingerprint()).isNotEqualTo(this.analysis.fingerprint());
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
		return Tokens.term(this.analysis, word);
	}

}
