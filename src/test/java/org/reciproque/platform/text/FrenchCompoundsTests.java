package org.reciproque.platform.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Compound words read as one word ({@link FrenchCompounds}), and every other word as
 * before.
 */
class FrenchCompoundsTests {

	private final FrenchTextAnalysis analysis = new FrenchTextAnalysis();

	@Test
	void shouldKeepACompoundWhosePartsAreStopWords() {
		// "bien" and "être" alone are stop words: the word used to vanish
		String wellBeing = Tokens.term(this.analysis, "bien-être");
		assertThat(terms("Atelier Bien-Être du mardi")).contains(wellBeing);
		assertThat(terms("le bien être au travail")).contains(wellBeing);
		assertThat(terms("bien-etre")).containsExactly(wellBeing);
		assertThat(terms("mal-être")).hasSize(1).doesNotContain(wellBeing);
		assertThat(terms("savoir-faire")).hasSize(1);
	}

	@Test
	void shouldNotTurnAPartIntoItsOpposite() {
		List<String> violent = terms("un homme violent");
		assertThat(terms("communication non violente")).doesNotContainAnyElementsOf(violent);
		assertThat(terms("la communication non-violente")).isEqualTo(terms("communication non violente"));
		// rendez-vous is no form of rendre
		assertThat(terms("prendre rendez-vous")).doesNotContain(Tokens.term(this.analysis, "rendre"));
	}

	@Test
	void shouldJoinASpacedPairOnlyWhenItAlwaysMeansTheCompound() {
		assertThat(terms("ma grand mère")).isEqualTo(terms("ma grand-mère"));
		// "une petite fille" is also a little girl: only the hyphen makes a granddaughter
		assertThat(terms("une petite fille")).containsExactly(Tokens.term(this.analysis, "fille"));
		assertThat(terms("ma petite-fille")).doesNotContain(Tokens.term(this.analysis, "fille"));
		// "pas cher" is one word, "pas chercher" two
		assertThat(terms("un vélo pas cher")).hasSize(2);
		assertThat(terms("je ne vais pas chercher")).isEmpty();
	}

	@Test
	void shouldSplitEveryOtherHyphenatedWordAsTheTokenizerWould() {
		List<FrenchTextAnalysis.Token> tokens = this.analysis.tokens("un porte-monnaie, le week-end");
		assertThat(tokens).extracting(FrenchTextAnalysis.Token::surface)
			.containsExactly("porte", "monnaie", "week", "end");
		assertThat(tokens).extracting(FrenchTextAnalysis.Token::start).containsExactly(3, 9, 21, 26);
		assertThat(tokens).extracting(FrenchTextAnalysis.Token::position).containsExactly(1, 2, 4, 5);
		assertThat(terms("chef-d'œuvre")).containsExactly(Tokens.term(this.analysis, "chef"),
				Tokens.term(this.analysis, "œuvre"));
		assertThat(terms("2020-2021")).containsExactly("2020", "2021");
		// underscores typed by members are split too, with the right offsets
		String text = "_rapport__final-relu_";
		List<FrenchTextAnalysis.Token> parts = this.analysis.tokens(text);
		assertThat(parts).extracting(FrenchTextAnalysis.Token::surface).containsExactly("rapport", "final", "relu");
		assertThat(parts).allSatisfy((token) -> assertThat(text.substring(token.start())).startsWith(token.surface()));
	}

	@Test
	void shouldQuoteTheCompoundAsWritten() {
		assertThat(this.analysis.tokens("Mon Bien-Être")).extracting(FrenchTextAnalysis.Token::surface)
			.containsExactly("bien-être");
		assertThat(this.analysis.tokens("ma grand mère")).extracting(FrenchTextAnalysis.Token::surface)
			.containsExactly("grand mère");
	}

	@Test
	void shouldRejectALineThatIsNoCompound() {
		assertThatIllegalArgumentException().isThrownBy(() -> FrenchCompounds.of(List.of("bien")));
		assertThatIllegalArgumentException().isThrownBy(() -> FrenchCompounds.of(List.of("tout à fait")));
		assertThat(FrenchCompounds.of(List.of("# comment", "", "bien-être, bien être")).lines())
			.containsExactly("bien-être, bien être");
	}

	private List<String> terms(String text) {
		return this.analysis.tokens(text).stream().map(FrenchTextAnalysis.Token::term).toList();
	}

}
