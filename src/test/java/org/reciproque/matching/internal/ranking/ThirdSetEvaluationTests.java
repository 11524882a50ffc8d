package org.reciproque.matching.internal.ranking;

import org.junit.jupiter.api.Test;
import org.reciproque.matching.internal.evaluation.Metrics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher on our own third set, {@value #RESOURCE}: 150 offers and 75 requests from a
 * centre social whose members often arrived in France recently, a lycée agricole and a
 * hospital's staff, written and labelled by an AI helper from general knowledge, without
 * reading the project or the other sets, after the matcher had been tuned on them (see
 * the README beside it). Never tune word lists to it.
 */
class ThirdSetEvaluationTests extends OwnSetEvaluation {

	static final String RESOURCE = "matching-third.json";

	ThirdSetEvaluationTests() {
		super(RESOURCE, 150, 75, 8);
	}

	/**
	 * Guards the level reached on 2026-12-08: hit@1 0.567, hit@5 0.627, MRR 0.597,
	 * nDCG@10 0.508, false-suggestion 0.38 (3 of 8), with room for one request's answer;
	 * the lines for care staff then written without seeing it share its hospital's
	 * domain. On 2026-12-07 after 22:40: 0.522 / 0.627 / 0.575 / 0.496. Its first
	 * reading, before the thesaurus lines written after it: 0.507 / 0.627 / 0.567 / 0.490
	 * / 0.38. Here the matcher is below BM25 with Lucene's FrenchAnalyzer on hit@5
	 * (0.776) and nDCG@10 (0.583), which suggests something for every unanswerable
	 * request: its order is better (hit@5 0.866 and nDCG@10 0.690 with no threshold, at
	 * the first reading), its decision to suggest withholds too much on networks like
	 * these.
	 */
	@Test
	void shouldKeepTheLevelReached() {
		Metrics metrics = this.lab.evaluate(this.data);
		String row = metrics.row("matcher");
		assertThat(metrics.hitAt1()).as(row).isGreaterThanOrEqualTo(0.552);
		assertThat(metrics.hitAt5()).as(row).isGreaterThanOrEqualTo(0.612);
		assertThat(metrics.mrr()).as(row).isGreaterThanOrEqualTo(0.582);
		assertThat(metrics.ndcgAt10()).as(row).isGreaterThanOrEqualTo(0.493);
		assertThat(metrics.falseSuggestionRate()).as(row).isLessThanOrEqualTo(0.375);
	}

}
