package org.reciproque.matching.internal.ranking;

import java.io.IOException;

import org.reciproque.matching.internal.evaluation.Bm25Baseline;
import org.reciproque.matching.internal.evaluation.Dataset;
import org.reciproque.matching.internal.evaluation.Metrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The matcher on the dev set ({@code shared/datasets/matching-dev.json}): the metric code
 * reproduces the README's baseline, and the matcher keeps the level it has reached. The
 * set lives outside the repository: its path is the {@code matching.dataset} system
 * property, by default {@code ../shared/datasets/matching-dev.json} from the working
 * directory (the repository root under Maven); the tests are skipped when it is absent.
 */
class DevSetEvaluationTests {

	static final String DEFAULT_PATH = "../shared/datasets/matching-dev.json";

	private static final Path PATH = Path.of(System.getProperty("matching.dataset", DEFAULT_PATH))
		.toAbsolutePath()
		.normalize();

	private static @Nullable Dataset data;

	private static @Nullable MatcherLab lab;

	@BeforeAll
	static void loadDevSet() {
		if (Files.isRegularFile(PATH)) {
			data = Dataset.read(PATH);
			lab = new MatcherLab(data, MatcherSettings.defaults());
		}
	}

	@BeforeEach
	void requireDevSet() {
		// checked per test rather than in @BeforeAll, so that each test is reported as
		// skipped with this message
		assumeThat(data).as("dev set not found at %s (set -Dmatching.dataset=<path> to run the evaluation)", PATH)
			.isNotNull();
	}

	@AfterAll
	static void closeLab() throws IOException {
		if (lab != null) {
			lab.close();
		}
	}

	@Test
	void shouldReproduceTheReadmeFrenchBaseline() throws IOException {
		Metrics metrics = Bm25Baseline.evaluate(data(), new FrenchAnalyzer());
		assertThat(metrics.hitAt1()).isCloseTo(0.653, within(0.0005));
		assertThat(metrics.hitAt5()).isCloseTo(0.875, within(0.0005));
		assertThat(metrics.mrr()).isCloseTo(0.738, within(0.0005));
		assertThat(metrics.ndcgAt10()).isCloseTo(0.645, within(0.0005));
		assertThat(metrics.falseSuggestionRate()).isCloseTo(1.0, within(0.0005));
	}

	@Test
	void shouldStayCloseToTheReadmeStandardBaseline() throws IOException {
		// README: 0.479 / 0.694 / 0.571 / 0.481; a plain setup differs on 2-3 requests
		Metrics metrics = Bm25Baseline.evaluate(data(), new StandardAnalyzer());
		assertThat(metrics.hitAt5()).as(metrics.row("standard")).isCloseTo(0.694, within(0.02));
		assertThat(metrics.ndcgAt10()).as(metrics.row("standard")).isCloseTo(0.481, within(0.02));
	}

	/**
	 * Guards the level reached, so that a change cannot silently degrade it. Thresholds
	 * 0.18 / 0.12: two-fold cross-validation ({@link ThresholdCrossValidation}) picks
	 * 0.17 / 0.07 and 0.21 / 0.02 on the two halves (held-out false suggestions 0.57 and
	 * 0.00), and 0.18 rather than 0.22 also holds on our second set of other kinds of
	 * networks ({@code ProbeEvaluationTests}): on 2026-12-08, hit@1 0.896, hit@5 0.965,
	 * MRR 0.923, nDCG@10 0.820, false-suggestion 0.13 (2 of 16). The embedding model's
	 * arithmetic follows the processor (ONNX Runtime picks its kernels by instruction
	 * set): the same code gave hit@1 0.875 and 0.868 with 0.22 on two machines of the
	 * same kind, one request's first answer. The floors leave that much room. Raise them
	 * when the matcher improves.
	 */
	@Test
	void shouldKeepTheLevelReached() {
		Metrics metrics = lab().evaluate(data());
		String row = metrics.row("matcher");
		assertThat(metrics.hitAt1()).as(row).isGreaterThanOrEqualTo(0.889);
		assertThat(metrics.hitAt5()).as(row).isGreaterThanOrEqualTo(0.958);
		assertThat(metrics.mrr()).as(row).isGreaterThanOrEqualTo(0.916);
		assertThat(metrics.ndcgAt10()).as(row).isGreaterThanOrEqualTo(0.815);
		assertThat(metrics.falseSuggestionRate()).as(row).isLessThanOrEqualTo(0.13);
	}

	/**
	 * The embeddings only order: without them the same requests get suggestions, in a
	 * worse order (on 2026-12-07, before the subject verbs: hit@1 0.819 against 0.861,
	 * nDCG@10 0.776 against 0.800).
	 */
	@Test
	void shouldOrderBetterWithTheTextsMeaningThanWithTheirWordsAlone() throws IOException {
		Metrics blended = lab().evaluate(data());
		try (MatcherLab words = new MatcherLab(data(), MatcherSettings.defaults().withSemanticWeight(0))) {
			Metrics alone = words.evaluate(data());
			assertThat(blended.ndcgAt10()).as(alone.row("words alone")).isGreaterThan(alone.ndcgAt10() + 0.015);
			assertThat(blended.hitAt1()).as(alone.row("words alone")).isGreaterThan(alone.hitAt1() + 0.02);
			assertThat(blended.falseSuggestionRate()).isEqualTo(alone.falseSuggestionRate());
		}
	}

	@Test
	void shouldMeetTheFalseSuggestionTarget() {
		Metrics metrics = lab().evaluate(data());
		assertThat(metrics.falseSuggestionRate()).as(metrics.row("matcher")).isLessThanOrEqualTo(0.20);
	}

	/**
	 * Guards the other direction, from each offer to the requests that list it
	 * ({@link ReverseEvaluation}): hit@1 0.654, hit@5 0.709, MRR 0.680, nDCG@10 0.643,
	 * false-suggestion 0.35 (offers no request lists that still get one) on 2026-12-08
	 * (0.658 / 0.713 / 0.684 / 0.647 / 0.36 before the thesaurus lines for care staff,
	 * parents, newcomers and older people), with room for one of the 237 offers.
	 */
	@Test
	void shouldKeepTheLevelReachedFromOffersToRequests() throws IOException {
		try (ReverseEvaluation reverse = new ReverseEvaluation(data(), MatcherSettings.defaults())) {
			Metrics metrics = reverse.evaluate(data());
			String row = metrics.row("offer → requests");
			assertThat(metrics.answerable()).as(row).isEqualTo(237);
			assertThat(metrics.hitAt1()).as(row).isGreaterThanOrEqualTo(0.650);
			assertThat(metrics.hitAt5()).as(row).isGreaterThanOrEqualTo(0.705);
			assertThat(metrics.ndcgAt10()).as(row).isGreaterThanOrEqualTo(0.639);
			assertThat(metrics.falseSuggestionRate()).as(row).isLessThanOrEqualTo(0.37);
		}
	}

	@Test
	void shouldMeetTheHitAt5Target() {
		Metrics metrics = lab().evaluate(data());
		assertThat(metrics.hitAt5()).as(metrics.row("matcher")).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	@Disabled("Target not reached: nDCG@10 0.820 at the chosen thresholds (a perfect order of what is "
			+ "suggested would give 0.88). The misses need knowledge the thesauri and the English embedding "
			+ "model lack (\"plus goût à rien\" -> depression), neighbouring skills graded partly useful "
			+ "(repeindre for papier peint), or homographs told apart (je bois / le bois)")
	void shouldMeetTheNdcgTarget() {
		Metrics metrics = lab().evaluate(data());
		assertThat(metrics.ndcgAt10()).as(metrics.row("matcher")).isGreaterThanOrEqualTo(0.85);
	}

	private static Dataset data() {
		return Objects.requireNonNull(data);
	}

	private static MatcherLab lab() {
		return Objects.requireNonNull(lab);
	}

}
