package org.reciproque.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mark beside the search index that tells an index written with another analysis.
 */
class SearchIndexAnalysisMarkTests {

	@TempDir
	Path root;

	@Test
	void shouldCountAnUnmarkedIndexAsStaleUntilMarked() {
		SearchIndexAnalysisMark mark = new SearchIndexAnalysisMark(this.root, "abc");
		assertThat(mark.isStale()).isTrue();
		mark.markCurrent();
		assertThat(mark.isStale()).isFalse();
		assertThat(new SearchIndexAnalysisMark(this.root, "abc").isStale()).isFalse();
	}

	@Test
	void shouldCountAnIndexWrittenWithAnotherAnalysisAsStale() throws IOException {
		new SearchIndexAnalysisMark(this.root.resolve("index"), "old").markCurrent();
		assertThat(Files.readString(this.root.resolve("index").resolve(SearchIndexAnalysisMark.FILE)))
			.isEqualTo("old\n");
		assertThat(new SearchIndexAnalysisMark(this.root.resolve("index"), "new").isStale()).isTrue();
	}

	@Test
	void shouldNeverCountAnIndexInMemoryAsStale() {
		SearchIndexAnalysisMark mark = new SearchIndexAnalysisMark(null, "abc");
		mark.markCurrent();
		assertThat(mark.isStale()).isFalse();
	}

}
