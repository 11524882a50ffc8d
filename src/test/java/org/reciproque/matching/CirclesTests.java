package org.reciproque.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeStatus;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Mode;
import org.reciproque.knowledge.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open-reciprocity circles found among candidate pairs.
 */
class CirclesTests {

	private long ids = 1000;

	@Test
	void shouldFindEachCircleOnceFromAnyStartingPoint() {
		List<CandidatePair> pairs = new ArrayList<>();
		pairs.add(pair(1, 2, 0.9));
		pairs.add(pair(2, 3, 0.8));
		pairs.add(pair(3, 1, 0.7));
		// A dead end and a two-person swap are not circles of three or more.
		pairs.add(pair(3, 4, 0.9));
		pairs.add(pair(4, 3, 0.9));
		List<Circle> circles = NetworkSuggestions.circles(pairs);
		assertThat(circles).singleElement().satisfies((circle) -> {
			assertThat(circle.size()).isEqualTo(3);
			assertThat(circle.score()).isEqualTo(0.7);
		});
	}

	@Test
	void shouldFindCirclesOfFourAndRankThemByTheirWeakestLink() {
		List<CandidatePair> pairs = new ArrayList<>();
		pairs.add(pair(1, 2, 0.9));
		pairs.add(pair(2, 3, 0.9));
		pairs.add(pair(3, 4, 0.9));
		pairs.add(pair(4, 1, 0.9));
		pairs.add(pair(5, 6, 0.4));
		pairs.add(pair(6, 7, 0.5));
		pairs.add(pair(7, 5, 0.5));
		List<Circle> circles = NetworkSuggestions.circles(pairs);
		assertThat(circles).extracting(Circle::size).containsExactly(4, 3);
	}

	private CandidatePair pair(long teacher, long learner, double score) {
		return new CandidatePair(item(teacher, Direction.OFFER), item(learner, Direction.REQUEST), score, List.of());
	}

	private KnowledgeView item(long member, Direction direction) {
		return new KnowledgeView(this.ids++, 1, member, null, direction, "Savoir " + member, null, List.of(), null,
				Set.of(), Mode.IN_PERSON, null, null, Set.of(), Set.of(), Visibility.NETWORK, KnowledgeStatus.ACTIVE,
				Instant.EPOCH, Instant.EPOCH);
	}

}
