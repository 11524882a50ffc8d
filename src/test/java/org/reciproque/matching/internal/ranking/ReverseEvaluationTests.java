package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reciproque.matching.internal.evaluation.Dataset;
import org.reciproque.matching.internal.evaluation.Metrics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data set read backwards, from offers to the requests that list them.
 */
class ReverseEvaluationTests {

	private static final Dataset DATA = new Dataset("tiny",
			List.of(new Dataset.Item("velo", "Réparation de vélos", "Crevaison, freins, dérailleur."),
					new Dataset.Item("tricot", "Tricot pour débutants", "Monter les mailles, l'endroit, l'envers."),
					new Dataset.Item("cuisine", "Cuisine marocaine", "Tajine et couscous.")),
			List.of(new Dataset.Request("r1", "Mon vélo est crevé", "Je voudrais savoir réparer mon vélo.",
					Map.of("velo", 2)),
					new Dataset.Request("r2", "Apprendre à tricoter", "J'aimerais tricoter une écharpe.",
							Map.of("tricot", 2)),
					new Dataset.Request("r3", "Entretenir mon vélo", "Régler les freins de mon vélo.",
							Map.of("velo", 1))));

	@Test
	void shouldGiveEachOfferTheRequestsThatListItWithTheirGrade() {
		assertThat(ReverseEvaluation.answeredBy(DATA)).containsExactlyInAnyOrderEntriesOf(
				Map.of("velo", Map.of("r1", 2, "r3", 1), "tricot", Map.of("r2", 2), "cuisine", Map.of()));
	}

	@Test
	void shouldMeasureOffersToRequestsWithOffersNoRequestListsAsUnanswerable() throws IOException {
		try (ReverseEvaluation reverse = new ReverseEvaluation(DATA, MatcherSettings.defaults())) {
			Metrics metrics = reverse.evaluate(DATA);
			assertThat(metrics.answerable()).isEqualTo(2);
			assertThat(metrics.unanswerable()).isEqualTo(1);
			assertThat(metrics.hitAt1()).as(metrics.row("tiny")).isEqualTo(1.0);
			assertThat(metrics.falseSuggestionRate()).as(metrics.row("tiny")).isZero();
		}
	}

	@Test
	void shouldReadTheForwardDecisionBackwards() throws IOException {
		try (ReverseEvaluation reverse = new ReverseEvaluation(DATA, MatcherSettings.defaults())) {
			Metrics metrics = reverse.evaluateByForward(DATA, 5);
			assertThat(metrics.answerable()).isEqualTo(2);
			assertThat(metrics.hitAt1()).as(metrics.row("tiny")).isEqualTo(1.0);
			assertThat(metrics.ndcgAt10()).as(metrics.row("tiny")).isEqualTo(1.0);
			assertThat(metrics.falseSuggestionRate()).as(metrics.row("tiny")).isZero();
		}
	}

}
