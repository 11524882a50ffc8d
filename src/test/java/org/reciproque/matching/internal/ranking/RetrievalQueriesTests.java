package org.reciproque.matching.internal.ranking;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.lucene.search.BooleanQuery;
import org.junit.jupiter.api.Test;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.Thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

class RetrievalQueriesTests {

	private static final FrenchTextAnalysis ANALYSIS = new FrenchTextAnalysis();

	private static final String LETTERS = "bcdfgklmnp";

	@Test
	void shouldBoundTheWordsThatLeadToAnOffersSubject() {
		// 40 made-up words, each a one-way link to "tricot"
		List<String> lines = IntStream.range(0, 40)
			.mapToObj((i) -> "kr" + LETTERS.charAt(i / 10) + LETTERS.charAt(i % 10) + "ok => tricot")
			.toList();
		Thesaurus thesaurus = Thesaurus.load(lines, ANALYSIS);
		String stem = ANALYSIS.tokens("tricot").get(0).term();
		assertThat(thesaurus.relatedSources(stem)).hasSize(40);
		RetrievalQueries queries = new RetrievalQueries(new CoverageScorer(MatcherSettings.defaults(), (word) -> false),
				thesaurus);
		Concept offerSubject = new Concept(stem, "tricot", true);
		// two clauses per word: all fields and title
		assertThat(((BooleanQuery) queries.build(List.of(offerSubject), false)).clauses()).hasSize(2);
		assertThat(((BooleanQuery) queries.build(List.of(offerSubject), true)).clauses())
			.hasSize(2 + 2 * RetrievalQueries.MAX_SOURCES);
	}

}
