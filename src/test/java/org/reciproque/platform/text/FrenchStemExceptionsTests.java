package org.reciproque.platform.text;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.util.Version;
import org.hibernate.search.engine.environment.classpath.spi.ClassLoaderHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stem exceptions list and the two filters that run before stemming.
 */
class FrenchStemExceptionsTests {

	@Test
	void shouldReadFormsWithoutAccents() {
		FrenchStemExceptions exceptions = FrenchStemExceptions
			.of(List.of("# commentaire", "", "elevage: élevage Éleveurs  # fin de ligne"));
		assertThat(exceptions.stems()).containsExactly(Map.entry("elevage", "elevage"),
				Map.entry("eleveurs", "elevage"));
	}

	@Test
	void shouldRejectALineWithoutStem() {
		assertThatIllegalStateException().isThrownBy(() -> FrenchStemExceptions.of(List.of("chantier chantiers")))
			.withMessageContaining("chantier chantiers");
	}

	@Test
	void shouldRejectTwoStemsForOneForm() {
		assertThatIllegalStateException()
			.isThrownBy(() -> FrenchStemExceptions.of(List.of("a: chantier", "b: chantier")))
			.withMessageContaining("chantier");
	}

	@Test
	void shouldListOnlyLowerCaseUnaccentedStemsThatTheWholeChainKeeps() {
		Map<String, String> stems = FrenchStemExceptions.defaults().stems();
		assertThat(stems).isNotEmpty();
		FrenchTextAnalysis analysis = new FrenchTextAnalysis();
		stems.forEach((form, stem) -> {
			assertThat(stem).isEqualTo(FrenchSpelling.fold(stem));
			// the later filters (nouns, stemmer, derivations) leave a pinned form alone
			assertThat(analysis.tokens(form)).as(form)
				.singleElement()
				.extracting(FrenchTextAnalysis.Token::term)
				.isEqualTo(stem);
		});
	}

	@Test
	void shouldPinFormsBeforeTheStemmerInAnalyzersBuiltByClass() throws IOException {
		try (Analyzer analyzer = CustomAnalyzer.builder()
			.withTokenizer(StandardTokenizerFactory.class)
			.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(ASCIIFoldingFilterFactory.class)
			.addTokenFilter(FrenchStemExceptionsFilterFactory.class)
			.addTokenFilter(FrenchNounFilterFactory.class)
			.addTokenFilter(FrenchLightStemFilterFactory.class)
			.addTokenFilter(FrenchDerivationFilterFactory.class)
			.build()) {
			assertThat(Tokens.of(analyzer, "Chantiers chants utilisation utiliser")).containsExactly("chantier",
					"chant", "utilis", "utilis");
		}
	}

	@Test
	void shouldGiveTheirVerbToIsationAndRationNounsOnly() {
		assertThat(verb("utilisations")).isEqualTo("utiliser");
		assertThat(verb("reparation")).isEqualTo("reparer");
		assertThat(verb("formation")).isEqualTo("formation");
		assertThat(verb("ration")).isEqualTo("ration");
		assertThat(verb("station")).isEqualTo("station");
	}

	@Test
	void shouldWriteWithAYOnlyTheIOfOyerUyerAndAyerVerbForms() {
		assertThat(alternation("nettoient")).isEqualTo("nettoyent");
		assertThat(alternation("ennuie")).isEqualTo("ennuye");
		assertThat(alternation("paiement")).isEqualTo("payement");
		assertThat(alternation("paie")).isEqualTo("paye");
		assertThat(alternation("emploi")).isEqualTo("emploi");
		assertThat(alternation("pluie")).isEqualTo("pluie");
		assertThat(alternation("remerciement")).isEqualTo("remerciement");
		assertThat(alternation("aie")).isEqualTo("aie");
		assertThat(alternation("ie")).isEqualTo("ie");
		assertThat(alternation("e")).isEqualTo("e");
	}

	@Test
	void shouldBeCreatedLikeHibernateSearchDoes() {
		Map<String, String> params = new HashMap<>(Map.of("luceneMatchVersion", Version.LATEST.toString()));
		assertThat(ClassLoaderHelper.instanceFromClass(TokenFilterFactory.class,
				FrenchStemExceptionsFilterFactory.class, new HashMap<>(params)))
			.isInstanceOf(FrenchStemExceptionsFilterFactory.class);
		assertThat(ClassLoaderHelper.instanceFromClass(TokenFilterFactory.class, FrenchNounFilterFactory.class,
				new HashMap<>(params)))
			.isInstanceOf(FrenchNounFilterFactory.class);
	}

	@Test
	void shouldRejectParametersAndTheNoArgumentConstructor() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FrenchStemExceptionsFilterFactory(new HashMap<>(Map.of("dictionary", "x"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FrenchNounFilterFactory(new HashMap<>(Map.of("minLength", "4"))));
		assertThatThrownBy(FrenchStemExceptionsFilterFactory::new).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(FrenchNounFilterFactory::new).isInstanceOf(UnsupportedOperationException.class);
	}

	private static String alternation(String word) {
		return rewritten(word, FrenchNounFilter::alternation);
	}

	private static String verb(String word) {
		return rewritten(word, FrenchNounFilter::verb);
	}

	private static String rewritten(String word, Rewrite rewrite) {
		char[] chars = word.toCharArray();
		return new String(chars, 0, rewrite.apply(chars, chars.length));
	}

	/** One of the filter's in-place rewrites: the new length of the word in its chars. */
	private interface Rewrite {

		int apply(char[] chars, int length);

	}

}
