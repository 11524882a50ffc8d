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
		// one clause per word, over all of a candidate's text
		assertThat(((BooleanQuery) queries.build(List.of(offerSubject), false, MatchIndex.ALL)).clauses()).hasSize(1);
		assertThat(((BooleanQuery) queries.build(List.of(offerSubject), true, MatchIndex.ALL)).clauses())
			.hasSize(1 + RetrievalQueries.MAX_SOURCES);
	}

	@Test
	void shouldBoundTheClausesOfALongItem() {
		RetrievalQueries queries = new RetrievalQueries(new CoverageScorer(MatcherSettings.defaults(), (word) -> false),
				Thesaurus.empty());
		List<Concept> words = IntStream.range(0, RetrievalQueries.MAX_CLAUSES + 50)
			.mapToObj((i) -> "kr" + LETTERS.charAt(i / 100) + LETTERS.charAt(i / 10 % 10) + LETTERS.charAt(i % 10))
			.map((word) -> new Concept(word, word, false))
			.toList();
		assertThat(((BooleanQuery) queries.build(words, false, MatchIndex.ALL)).clauses())
			.hasSize(RetrievalQueries.MAX_CLAUSES);
	}

}
