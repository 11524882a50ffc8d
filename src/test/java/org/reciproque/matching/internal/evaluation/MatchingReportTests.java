package org.reciproque.matching.internal.evaluation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any suggestion function measured on a small data set, next to the BM25 baselines.
 */
class MatchingReportTests {

	private static final Dataset DATA = new Dataset("tiny",
			List.of(new Dataset.Item("o1", "Cours de tricot", "Les mailles de base."),
					new Dataset.Item("o2", "Réparer son vélo", "Crevaison, freins, dérailleur."),
					new Dataset.Item("o3", "Cuisine facile", "Des plats simples.")),
			List.of(new Dataset.Request("r1", "Tricot", "Apprendre le tricot", Map.of("o1", 2)),
					new Dataset.Request("r2", "Vélo", "Mon vélo a une crevaison", Map.of("o2", 2)),
					new Dataset.Request("r3", "Cuisine japonaise", "Les sushis", Map.of())));

	@Test
	void shouldMeasureTheSuggestionFunction() {
		Metrics metrics = MatchingReport.measure(DATA,
				(title, description) -> title.equals("Tricot") ? List.of("o1") : List.of("o3", "o2"));
		assertThat(metrics.hitAt1()).isEqualTo(0.5);
		assertThat(metrics.hitAt5()).isEqualTo(1.0);
		assertThat(metrics.mrr()).isEqualTo(0.75);
		assertThat(metrics.falseSuggestionRate()).isEqualTo(1.0);
	}

	@Test
	void shouldPrintTheSystemNextToBothBaselines() {
		MatchingReport report = MatchingReport.of(DATA, "silent", (title, description) -> List.of());
		assertThat(report.metrics("silent").falseSuggestionRate()).isZero();
		assertThat(report.metrics("BM25 StandardAnalyzer").falseSuggestionRate()).isEqualTo(1.0);
		assertThat(report.table()).contains("| BM25 StandardAnalyzer |", "| BM25 FrenchAnalyzer |",
				"| silent | 0.000 | 0.000 | 0.000 | 0.000 | 0.00 |", "tiny: 3 offers, 3 requests (1 without answer)");
	}

}
