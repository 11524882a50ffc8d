package org.reciproque.matching;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.matching.internal.evaluation.Dataset;
import org.reciproque.matching.internal.evaluation.MatchingReport;
import org.reciproque.matching.internal.evaluation.Metrics;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation command's engine: a data set loaded into a fresh network and measured
 * through the real suggestion service.
 */
@IntegrationTest
class DatasetEvaluationTests {

	static final String DATASET = """
			{"name": "petit-jeu", "language": "fr",
			 "offers": [
			  {"id": "o1", "title": "Réparer son vélo", "description": "Crevaisons, freins, dérailleur"},
			  {"id": "o2", "title": "Cuisine végétarienne", "description": "Des plats simples sans viande"},
			  {"id": "o3", "title": "Initiation à l'informatique", "description": "Allumer l'ordinateur, envoyer un courriel"},
			  {"id": "o4", "title": "Couture", "description": "Ourlets, boutons, petites retouches"}],
			 "requests": [
			  {"id": "r1", "title": "Ma bicyclette a un pneu crevé", "description": "Je voudrais la réparer moi-même", "relevant": {"o1": 2}},
			  {"id": "r2", "title": "Apprendre à envoyer des mails", "description": "Je ne sais pas me servir d'un ordinateur", "relevant": {"o3": 2}},
			  {"id": "r3", "title": "Parler mandarin", "description": "Je pars à Pékin et voudrais quelques phrases", "relevant": {}}]}
			""";

	@Autowired
	DatasetEvaluation evaluation;

	@Test
	void shouldMeasureTheApplicationsSuggestionsNextToTheBaselines() {
		Dataset data = Dataset.read(new ByteArrayInputStream(DATASET.getBytes(StandardCharsets.UTF_8)));
		MatchingReport report = this.evaluation.evaluate(data);
		Metrics ours = report.metrics(DatasetEvaluation.SYSTEM);
		assertThat(ours.answerable()).isEqualTo(2);
		assertThat(ours.hitAt1()).isEqualTo(1.0);
		assertThat(ours.falseSuggestionRate()).isZero();
		assertThat(report.metrics("BM25 FrenchAnalyzer").answerable()).isEqualTo(2);
		assertThat(report.table()).contains("hit@5", "nDCG@10", "BM25 StandardAnalyzer", DatasetEvaluation.SYSTEM);
	}

}
