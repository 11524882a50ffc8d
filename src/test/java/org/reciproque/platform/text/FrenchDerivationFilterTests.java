package org.reciproque.platform.text;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.util.Version;
import org.hibernate.search.engine.environment.classpath.spi.ClassLoaderHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The derivation step after light stemming, alone and through its factory.
 */
class FrenchDerivationFilterTests {

	@Test
	void shouldCutDerivationEndingsOfLongStems() {
		assertThat(stem("tricotag")).isEqualTo("tricot");
		assertThat(stem("bricolag")).isEqualTo("bricol");
		assertThat(stem("tricotez")).isEqualTo("tricot");
		assertThat(stem("tricotons")).isEqualTo("tricot");
		assertThat(stem("nouee")).isEqualTo("noue");
		assertThat(stem("noue")).isEqualTo("noue");
	}

	@Test
	void shouldMeetAgentAndResultNounsWithTheirVerb() throws IOException {
		try (Analyzer analyzer = stemming().build()) {
			assertThat(Tokens.of(analyzer, "nager nageur")).containsExactly("nag", "nag");
			assertThat(Tokens.of(analyzer, "cuisiner cuisinier")).containsExactly("cuisin", "cuisin");
			assertThat(Tokens.of(analyzer, "plomberie plombier")).containsExactly("plomb", "plomb");
			assertThat(Tokens.of(analyzer, "sculpter sculpture")).containsExactly("sculpt", "sculpt");
			assertThat(Tokens.of(analyzer, "milieu lieu")).containsExactly("milieu", "lieu");
		}
	}

	@Test
	void shouldLeaveShortStemsAlone() {
		assertThat(stem("nage")).isEqualTo("nage");
		assertThat(stem("rage")).isEqualTo("rage");
		assertThat(stem("chez")).isEqualTo("chez");
		assertThat(stem("sons")).isEqualTo("sons");
	}

	@Test
	void shouldMeetVerbAndNounFormsAfterLightStemming() throws IOException {
		try (Analyzer analyzer = stemming().build()) {
			assertThat(Tokens.of(analyzer, "tricoter tricotage tricot")).containsExactly("tricot", "tricot", "tricot");
			assertThat(Tokens.of(analyzer, "jardiner jardinage jardin")).containsExactly("jardin", "jardin", "jardin");
		}
	}

	@Test
	void shouldLeaveKeywordsAlone() throws IOException {
		try (Analyzer analyzer = CustomAnalyzer.builder()
			.withTokenizer(StandardTokenizerFactory.class)
			.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(KeywordMarkerFilterFactory.class, "pattern", "bricolage")
			.addTokenFilter(FrenchDerivationFilterFactory.class)
			.build()) {
			assertThat(Tokens.of(analyzer, "bricolage tricotez")).containsExactly("bricolage", "tricot");
		}
	}

	@Test
	void shouldBeCreatedLikeHibernateSearchDoes() {
		Map<String, String> params = new HashMap<>(Map.of("luceneMatchVersion", Version.LATEST.toString()));
		TokenFilterFactory factory = ClassLoaderHelper.instanceFromClass(TokenFilterFactory.class,
				FrenchDerivationFilterFactory.class, params);
		assertThat(factory).isInstanceOf(FrenchDerivationFilterFactory.class);
	}

	@Test
	void shouldRejectUnknownParameters() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FrenchDerivationFilterFactory(new HashMap<>(Map.of("minLength", "4"))))
			.withMessageContaining("minLength");
	}

	@Test
	void shouldRefuseTheNoArgumentConstructorLikeLuceneFactories() {
		assertThatThrownBy(FrenchDerivationFilterFactory::new).isInstanceOf(UnsupportedOperationException.class);
	}

	private static CustomAnalyzer.Builder stemming() throws IOException {
		return CustomAnalyzer.builder()
			.withTokenizer(StandardTokenizerFactory.class)
			.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(FrenchLightStemFilterFactory.class)
			.addTokenFilter(FrenchDerivationFilterFactory.class);
	}

	private static String stem(String word) {
		char[] chars = word.toCharArray();
		return new String(chars, 0, FrenchDerivationFilter.stem(chars, chars.length));
	}

}
