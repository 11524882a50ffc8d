package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reciproque.matching.internal.evaluation.Dataset;
import org.reciproque.matching.internal.evaluation.Metrics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher on our own second set, {@value #RESOURCE}: 150 offers and 80 requests from
 * four other kinds of networks than the dev set's (a collège, a village, a company, a
 * seniors' residence), written and labelled by an AI helper from general knowledge before
 * any matcher ran on it, and harder in wording (38 % of the well-answered requests share
 * a word with their offer's title, against 66 % in the dev set; see the README beside
 * it). It ships with the tests, so CI guards the matcher on it. It shows how the matcher
 * does on networks it was not tuned on; never tune word lists to it.
 */
class ProbeEvaluationTests {

	static final String RESOURCE = "matching-probe.json";

	private static Dataset data;

	private static MatcherLab lab;

	@BeforeAll
	static void load() throws IOException {
		try (InputStream in = ProbeEvaluationTests.class.getResourceAsStream(RESOURCE)) {
			assertThat(in).as(RESOURCE).isNotNull();
			data = Dataset.read(in);
		}
		lab = new MatcherLab(data, MatcherSettings.defaults());
	}

	@AfterAll
	static void close() throws IOException {
		lab.close();
	}

	@Test
	void shouldReadTheWholeSet() {
		assertThat(data.offers()).hasSize(150);
		assertThat(data.requests()).hasSize(80);
		assertThat(data.requests()).filteredOn((request) -> request.relevant().isEmpty()).hasSize(8);
	}

	/**
	 * Guards the level reached on 2026-12-07, late evening: hit@1 0.472, hit@5 0.583, MRR
	 * 0.520, nDCG@10 0.455, false-suggestion 0.25 (2 of 8), with room for one request's
	 * answer (the embedding model's arithmetic differs slightly between processors).
	 * Before the threshold went from 0.22 to 0.18: 0.389 / 0.458 / 0.420 / 0.377 / 0.25;
	 * then thesaurus lines for school, village, company and seniors' life, written
	 * without seeing this set, gave 0.431 / 0.528 / 0.476 / 0.425 → these figures. BM25
	 * with Lucene's FrenchAnalyzer gets hit@5 0.639 here but suggests something for every
	 * unanswerable request.
	 */
	@Test
	void shouldKeepTheLevelReached() {
		Metrics metrics = lab.evaluate(data);
		String row = metrics.row("matcher");
		assertThat(metrics.hitAt1()).as(row).isGreaterThanOrEqualTo(0.458);
		assertThat(metrics.hitAt5()).as(row).isGreaterThanOrEqualTo(0.569);
		assertThat(metrics.mrr()).as(row).isGreaterThanOrEqualTo(0.506);
		assertThat(metrics.ndcgAt10()).as(row).isGreaterThanOrEqualTo(0.445);
		assertThat(metrics.falseSuggestionRate()).as(row).isLessThanOrEqualTo(0.25);
	}

	/**
	 * The threshold's choice: the stricter 0.22 leaves more answerable requests of these
	 * networks without any suggestion, for no fewer false suggestions.
	 */
	@Test
	void shouldAnswerMoreWithTheChosenThresholdThanWithAStricterOne() throws IOException {
		Metrics chosen = lab.evaluate(data);
		try (MatcherLab strict = new MatcherLab(data, MatcherSettings.defaults().withThreshold(0.22))) {
			Metrics stricter = strict.evaluate(data);
			assertThat(chosen.hitAt5()).as(stricter.row("0.22")).isGreaterThan(stricter.hitAt5());
			assertThat(chosen.ndcgAt10()).as(stricter.row("0.22")).isGreaterThan(stricter.ndcgAt10());
			assertThat(chosen.falseSuggestionRate()).isEqualTo(stricter.falseSuggestionRate());
		}
	}

}
