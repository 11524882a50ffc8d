package org.reciproque.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.springframework.mock.env.MockEnvironment;

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

	@Test
	void shouldFindTheIndexWhereTheSettingsPutItAndMarkItWithTheCurrentAnalysis() throws IOException {
		MockEnvironment settings = new MockEnvironment()
			.withProperty("spring.jpa.properties.hibernate.search.backend.directory.root", this.root.toString());
		SearchIndexAnalysisMark.of(settings).markCurrent();
		assertThat(Files.readString(this.root.resolve(SearchIndexAnalysisMark.FILE)))
			.isEqualTo(new FrenchTextAnalysis().fingerprint() + "\n");
		assertThat(SearchIndexAnalysisMark.of(settings).isStale()).isFalse();
	}

	@Test
	void shouldLeaveAnIndexInMemoryUnmarked() {
		MockEnvironment settings = new MockEnvironment()
			.withProperty("spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap")
			.withProperty("spring.jpa.properties.hibernate.search.backend.directory.root", this.root.toString());
		SearchIndexAnalysisMark.of(settings).markCurrent();
		assertThat(this.root.resolve(SearchIndexAnalysisMark.FILE)).doesNotExist();
		assertThat(SearchIndexAnalysisMark.of(settings).isStale()).isFalse();
	}

}
