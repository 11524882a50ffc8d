package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reciproque.matching.internal.evaluation.Dataset;
import org.reciproque.matching.internal.evaluation.Metrics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data set as one network among generated ones.
 */
class ScaleEvaluationTests {

	private static final Dataset DATA = new Dataset("tiny",
			List.of(new Dataset.Item("velo", "Réparation de vélos", "Crevaison, freins, dérailleur."),
					new Dataset.Item("tricot", "Tricot pour débutants", "Monter les mailles, l'endroit, l'envers.")),
			List.of(new Dataset.Request("r1", "Mon vélo est crevé", "Je voudrais savoir réparer mon vélo.",
					Map.of("velo", 2)),
					new Dataset.Request("r2", "Apprendre à tricoter", "J'aimerais tricoter une écharpe.",
							Map.of("tricot", 2))));

	@Test
	void shouldSuggestTheNetworksOwnItemsAndOnlyTheSharedOnesOfOthers() throws IOException {
		try (ScaleEvaluation scale = new ScaleEvaluation(DATA, 3_000)) {
			Matcher matcher = scale.matcher(MatcherSettings.defaults());
			Metrics metrics = scale.forward(DATA, matcher);
			assertThat(metrics.answerable()).isEqualTo(2);
			assertThat(metrics.hitAt5()).as(metrics.row("tiny at scale")).isEqualTo(1.0);
			List<Suggestion> generated = DATA.offers()
				.stream()
				.flatMap((offer) -> ScaleEvaluation.suggestions(matcher, offer, true).stream())
				.filter((suggestion) -> suggestion.id().startsWith("gen"))
				.toList();
			assertThat(generated).isNotEmpty().allMatch((suggestion) -> scale.isShared(suggestion.id()));
		}
	}

	@Test
	void shouldRankEverySuggestionShownAmongTheFirstStageCandidates() throws IOException {
		try (ScaleEvaluation scale = new ScaleEvaluation(DATA, 3_000)) {
			Matcher wide = scale.matcher(MatcherSettings.defaults().withCandidates(400));
			List<Integer> ranks = scale.firstStageRanks(DATA, wide, false, 5);
			assertThat(ranks).isNotEmpty().allMatch((rank) -> rank != null && rank >= 1 && rank <= 400);
		}
	}

}
