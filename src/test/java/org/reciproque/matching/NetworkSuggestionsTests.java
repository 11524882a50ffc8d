package org.reciproque.matching;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reciproque.knowledge.BoardVersion;
import org.reciproque.knowledge.Knowledges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The network's pairs wait for the matcher's index: pairs computed on part of the items
 * would stay on the page until the next change (collaborators mocked to hold the index in
 * the middle of its first build).
 */
class NetworkSuggestionsTests {

	private final SuggestionIndex index = mock(SuggestionIndex.class);

	private final Knowledges knowledges = mock(Knowledges.class);

	private final Introductions introductions = mock(Introductions.class);

	private final BoardVersion boards = mock(BoardVersion.class);

	private final NetworkSuggestions network = new NetworkSuggestions(mock(Suggestions.class), this.index,
			this.knowledges, this.introductions, Clock.systemUTC(), this.boards);

	@Test
	void shouldComputeNothingWhileTheMatcherIndexIsBeingBuilt() {
		when(this.index.isReady()).thenReturn(false);
		assertThat(this.network.current(7)).isNull();
		assertThat(this.network.isComputing(7)).isFalse();
		verifyNoInteractions(this.knowledges, this.introductions);

		when(this.index.isReady()).thenReturn(true);
		when(this.knowledges.active(7)).thenReturn(List.of());
		when(this.introductions.pairsOf(7)).thenReturn(Set.of());
		assertThat(this.network.current(7)).as("computed in the background").isNull();
		verify(this.boards, timeout(5_000)).bump(7);
		assertThat(this.network.latest(7)).isNotNull().satisfies((snapshot) -> assertThat(snapshot.pairs()).isEmpty());
	}

}
