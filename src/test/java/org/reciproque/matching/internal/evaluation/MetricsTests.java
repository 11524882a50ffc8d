package org.reciproque.matching.internal.evaluation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The metrics as the data set README defines them, on a hand-made example.
 */
class MetricsTests {

	@Test
	void shouldComputeMetricsAsDefinedInTheReadme() {
		Metrics metrics = new Metrics();
		// first relevant at rank 1 (grade 2); the grade-1 offer is missing
		metrics.add(List.of("a", "x", "y"), Map.of("a", 2, "b", 1));
		// first relevant at rank 3
		metrics.add(List.of("x", "y", "c", "z", "w", "v"), Map.of("c", 1));
		// nothing relevant suggested
		metrics.add(List.of("x"), Map.of("d", 2));
		// unanswerable: one with a suggestion, one without
		metrics.add(List.of("x"), Map.of());
		metrics.add(List.of(), Map.of());

		assertThat(metrics.answerable()).isEqualTo(3);
		assertThat(metrics.unanswerable()).isEqualTo(2);
		assertThat(metrics.hitAt1()).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(metrics.hitAt5()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(metrics.mrr()).isCloseTo((1 + 1.0 / 3) / 3, within(1e-9));
		double log2 = Math.log(2);
		double ndcg1 = 3.0 / (3.0 + 1.0 / (Math.log(3) / log2));
		double ndcg2 = 1.0 / (Math.log(4) / log2);
		assertThat(metrics.ndcgAt10()).isCloseTo((ndcg1 + ndcg2 + 0) / 3, within(1e-9));
		assertThat(metrics.falseSuggestionRate()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void shouldCountOnlyTheFirstTenSuggestions() {
		Metrics metrics = new Metrics();
		metrics.add(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "rel"), Map.of("rel", 2));
		assertThat(metrics.mrr()).isZero();
		assertThat(metrics.ndcgAt10()).isZero();
	}

	@Test
	void shouldGiveZeroWithoutRequests() {
		Metrics metrics = new Metrics();
		assertThat(metrics.hitAt5()).isZero();
		assertThat(metrics.falseSuggestionRate()).isZero();
		assertThat(metrics.row("none")).isEqualTo("| none | 0.000 | 0.000 | 0.000 | 0.000 | 0.00 |");
	}

}
