package org.reciproque.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyzers the search index really uses, taken from Hibernate Search: each folding
 * rule of French search, proven on the terms they produce.
 */
@IntegrationTest
class FrenchAnalysisTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void shouldRemoveElisions() {
		assertThat(index("l'informatique d'aujourd'hui qu'on aime")).contains(index("informatique").get(0))
			.doesNotContain("l", "d", "qu");
		assertThat(index("j'apprends")).isEqualTo(index("apprends"));
	}

	@Test
	void shouldFoldCaseAndAccents() {
		assertThat(index("ÉLECTRICITÉ")).isEqualTo(index("electricite"));
		assertThat(index("Pâtisserie")).isEqualTo(index("patisserie"));
		assertThat(index("vélo")).isEqualTo(index("VELO"));
	}

	@Test
	void shouldStemLightly() {
		assertThat(index("tricoter")).isEqualTo(index("tricot"));
		assertThat(index("jardinage")).isEqualTo(index("jardin"));
		assertThat(index("chaussettes")).isEqualTo(index("chaussette"));
		assertThat(index("tricotage")).isEqualTo(index("tricot"));
	}

	@Test
	void shouldMeetActionNounsAndTheirVerbsInIndexAndQueries() {
		assertThat(index("utilisation")).isEqualTo(index("utiliser"));
		assertThat(query("réparation")).containsAll(index("réparer"));
	}

	@Test
	void shouldKeepApartWordsTheStemmerWouldMerge() {
		assertThat(index("chantier")).isNotEqualTo(index("chants"));
		assertThat(query("chantier")).containsAll(index("chantier")).doesNotContainAnyElementsOf(index("chants"));
		assertThat(index("élevage")).isNotEqualTo(index("élève"));
	}

	@Test
	void shouldDropFrenchStopWords() {
		assertThat(index("le jardin et la cuisine")).hasSize(2);
	}

	@Test
	void shouldExpandCategorySynonymsAtQueryTime() {
		assertThat(query("vélo")).containsAll(index("bicyclette"));
		assertThat(query("bicyclette")).containsAll(index("vélo"));
		assertThat(query("ordi")).containsAll(index("ordinateur"));
		assertThat(index("vélo")).doesNotContainAnyElementsOf(index("bicyclette"));
	}

	private List<String> index(String text) {
		return terms("french", text);
	}

	private List<String> query(String text) {
		return terms("french_query", text);
	}

	private List<String> terms(String analyzerName, String text) {
		Analyzer analyzer = Search.mapping(this.entityManagerFactory)
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer(analyzerName)
			.orElseThrow();
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("field", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return terms;
	}

}
