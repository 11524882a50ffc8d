package org.reciproque.platform.text;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A noun that is also a form of another verb is read as the verb after a subject pronoun
 * ({@link FrenchSubjectVerbs}), and only there.
 */
class FrenchSubjectVerbsTests {

	private final FrenchTextAnalysis analysis = new FrenchTextAnalysis();

	@Test
	void shouldShipWhatTheExportWrites() throws IOException {
		assertThat(TextResources.lines(FrenchSubjectVerbs.RESOURCE)).isEqualTo(FrenchSubjectVerbExport.lines());
	}

	@Test
	void shouldReadTheVerbAfterASubjectPronoun() {
		String drink = Tokens.term(this.analysis, "boire");
		assertThat(terms("Je bois trop")).containsExactly(drink);
		assertThat(terms("je ne bois plus")).containsExactly(drink);
		assertThat(terms("Il lit le soir")).startsWith(Tokens.term(this.analysis, "lire"));
		assertThat(terms("tu cours vite")).startsWith(Tokens.term(this.analysis, "courir"));
		assertThat(terms("elle nous livre les colis")).startsWith(Tokens.term(this.analysis, "livrer"));
	}

	@Test
	void shouldLeaveTheNounElsewhere() {
		assertThat(terms("le travail du bois")).contains(Tokens.term(this.analysis, "bois"))
			.doesNotContain(Tokens.term(this.analysis, "boire"));
		assertThat(terms("un lit")).containsExactly(Tokens.term(this.analysis, "lit"));
		assertThat(terms("des cours de guitare")).startsWith(Tokens.term(this.analysis, "cours"));
		// a verb in between ends the subject's reach
		assertThat(terms("il y a des cours")).containsExactly(Tokens.term(this.analysis, "cours"));
		assertThat(terms("je prends des cours")).endsWith(Tokens.term(this.analysis, "cours"));
		// and each text starts afresh
		terms("je");
		assertThat(terms("bois de chauffage")).startsWith(Tokens.term(this.analysis, "bois"));
	}

	@Test
	void shouldLeaveToTheStemmerTheFormsOfSeveralVerbs() {
		// vis: I live or I saw; suis: I am or I follow
		assertThat(FrenchSubjectVerbs.defaults().verbs()).doesNotContainKeys("vis", "suis")
			.containsEntry("bois", "boire")
			.containsEntry("cours", "courir");
	}

	@Test
	void shouldRejectAMalformedLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> FrenchSubjectVerbs.parse(List.of("boire bois")))
			.withMessageContaining("infinitive: form");
		assertThat(FrenchSubjectVerbs.parse(List.of("# comment", "", "boire: bois bus")))
			.isEqualTo(Map.of("bois", "boire", "bus", "boire"));
	}

	private List<String> terms(String text) {
		return this.analysis.tokens(text).stream().map(FrenchTextAnalysis.Token::term).toList();
	}

}
