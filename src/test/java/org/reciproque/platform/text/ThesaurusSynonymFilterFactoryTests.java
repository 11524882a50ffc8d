package org.reciproque.platform.text;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.apache.lucene.util.Version;
import org.hibernate.search.engine.environment.classpath.spi.ClassLoaderHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The thesaurus's synonyms in a search analyzer: the query analyzer expands them, then
 * stems each one like the indexing analyzer does.
 */
class ThesaurusSynonymFilterFactoryTests {

	private static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/french_stop.txt";

	private static Analyzer indexing;

	private static Analyzer query;

	@BeforeAll
	static void buildAnalyzers() throws IOException {
		indexing = chain(false);
		query = chain(true);
	}

	@AfterAll
	static void closeAnalyzers() {
		indexing.close();
		query.close();
	}

	@Test
	void shouldExpandEquivalentWords() throws IOException {
		assertThat(Tokens.of(query, "vélo")).contains(indexed("bicyclette"), indexed("vélo"));
		assertThat(Tokens.of(query, "ordi")).contains(indexed("ordinateur"), indexed("ordi"));
		assertThat(Tokens.of(query, "bicyclette")).contains(indexed("vélo"));
	}

	@Test
	void shouldExpandWhateverTheCaseAccentsAndElision() throws IOException {
		assertThat(Tokens.of(query, "VÉLO")).contains(indexed("bicyclette"));
		assertThat(Tokens.of(query, "velo")).contains(indexed("bicyclette"));
		assertThat(Tokens.of(query, "l'ordi")).contains(indexed("ordinateur"));
		assertThat(Tokens.of(query, "d’ordi")).contains(indexed("ordinateur"));
		assertThat(Tokens.of(query, "qu'ordi")).contains(indexed("ordinateur"));
	}

	@Test
	void shouldExpandToPhrasesAndFromPhrases() throws IOException {
		assertThat(Tokens.of(query, "courriel")).contains(indexed("mail"), indexed("adresse"));
		assertThat(Tokens.of(query, "curriculum vitae")).contains(indexed("cv"));
	}

	@Test
	void shouldNotFollowOneWayLinks() throws IOException {
		// "trac, stress, panique… => prise de parole…": a need, not an equivalent
		assertThat(Tokens.of(query, "trac")).doesNotContain(indexed("parole"));
	}

	@Test
	void shouldLeaveOtherWordsAsTheIndexingAnalyzerDoes() throws IOException {
		String text = "Apprendre le tricotage le dimanche";
		assertThat(Tokens.of(query, text)).isEqualTo(Tokens.of(indexing, text));
	}

	@Test
	void shouldBeCreatedLikeHibernateSearchDoes() {
		Map<String, String> params = new HashMap<>(Map.of("luceneMatchVersion", Version.LATEST.toString()));
		TokenFilterFactory factory = ClassLoaderHelper.instanceFromClass(TokenFilterFactory.class,
				ThesaurusSynonymFilterFactory.class, params);
		assertThat(factory).isInstanceOf(ThesaurusSynonymFilterFactory.class);
	}

	@Test
	void shouldRejectUnknownParameters() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ThesaurusSynonymFilterFactory(new HashMap<>(Map.of("synonyms", "x.txt"))));
	}

	@Test
	void shouldBuildOnlyGroupsOfEquivalentWords() {
		SynonymMap synonyms = ThesaurusSynonymFilterFactory
			.build(List.of("# comment", "japonais", "trac => prise de parole", "~ enfant, gamin", "vélo, bicyclette"));
		assertThat(synonyms.fst).isNotNull();
		assertThat(synonyms.words.size()).isEqualTo(4);
		assertThat(ThesaurusSynonymFilterFactory.build(List.of("trac => stress")).fst).isNull();
	}

	@Test
	void shouldListTheGroupsOfEquivalentWordsAsWritten() {
		assertThat(ThesaurusSynonymFilterFactory.groups()).hasSizeGreaterThan(300)
			.contains(List.of("vélo", "bicyclette", "biclou", "bécane", "cycle", "vtt", "vélo de route"))
			.allSatisfy((group) -> assertThat(group).hasSizeGreaterThan(1))
			.noneSatisfy((group) -> assertThat(group).anyMatch((word) -> word.contains("=>")));
	}

	@Test
	void shouldRefuseAnEntryThatNormalisesToNothing() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ThesaurusSynonymFilterFactory.build(List.of("vélo, ---, bicyclette")))
			.withMessageContaining("---");
	}

	/**
	 * The knowledge search chain, with or without the thesaurus's synonyms.
	 */
	private static Analyzer chain(boolean synonyms) throws IOException {
		CustomAnalyzer.Builder builder = CustomAnalyzer.builder()
			.withTokenizer(StandardTokenizerFactory.class)
			.addTokenFilter(ElisionFilterFactory.class, "ignoreCase", "true")
			.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(ASCIIFoldingFilterFactory.class);
		if (synonyms) {
			builder.addTokenFilter(ThesaurusSynonymFilterFactory.class);
		}
		return builder
			.addTokenFilter(StopFilterFactory.class, "words", STOP_WORDS, "format", "snowball", "ignoreCase", "true")
			.addTokenFilter(FrenchLightStemFilterFactory.class)
			.addTokenFilter(FrenchDerivationFilterFactory.class)
			.build();
	}

	private static String indexed(String word) throws IOException {
		List<String> terms = Tokens.of(indexing, word);
		assertThat(terms).as("indexed terms of %s", word).hasSize(1);
		return terms.get(0);
	}

}
