package org.reciproque.matching.internal.ranking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One typo: a letter added, missing, replaced, or two letters swapped.
 */
class EditDistanceTests {

	@Test
	void shouldAcceptOneTypo() {
		assertThat(EditDistance.atMostOne("ordinateur", "ordinateur")).isTrue();
		assertThat(EditDistance.atMostOne("ordinnateur", "ordinateur")).isTrue();
		assertThat(EditDistance.atMostOne("ordinateur", "ordinatur")).isTrue();
		assertThat(EditDistance.atMostOne("ordinateur", "ordinateor")).isTrue();
		assertThat(EditDistance.atMostOne("ordinateur", "odrinateur")).isTrue();
	}

	@Test
	void shouldRejectTwoTypos() {
		assertThat(EditDistance.atMostOne("ordinateur", "ordinnatuer")).isFalse();
		assertThat(EditDistance.atMostOne("ordinateur", "ordinateurss")).isFalse();
		assertThat(EditDistance.atMostOne("ordinateur", "odrinatuer")).isFalse();
	}

}
