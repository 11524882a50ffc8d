package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.reciproque.platform.text.FrenchStopWords;
import org.reciproque.platform.text.FrenchTextAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The match index remembers which analysis wrote its terms, so that a version analysing
 * words otherwise rebuilds it instead of searching stale terms.
 */
class MatchIndexTests {

	private final FrenchTextAnalysis analysis = new FrenchTextAnalysis();

	@Test
	void shouldCountANewIndexAsAnalysedAsNow() throws IOException {
		try (Directory directory = new ByteBuffersDirectory();
				MatchIndex index = new MatchIndex(directory, this.analysis)) {
			assertThat(index.isAnalysedAsNow()).isTrue();
		}
	}

	@Test
	void shouldKeepTheAnalysisAcrossCommitsAndRestarts() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (MatchIndex index = new MatchIndex(directory, this.analysis)) {
				index.upsert("1", "Tricot", "", "");
				index.refresh();
			}
			try (MatchIndex index = new MatchIndex(directory, this.analysis)) {
				assertThat(index.isAnalysedAsNow()).isTrue();
				assertThat(index.size()).isEqualTo(1);
			}
		}
	}

	@Test
	void shouldTellAnIndexWrittenByAnotherAnalysisUntilMarked() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (MatchIndex index = new MatchIndex(directory, this.analysis)) {
				index.upsert("1", "Tricot", "", "");
				index.refresh();
			}
			// an index written before its schema's version was recorded
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
				writer.setLiveCommitData(Map.of(MatchIndex.ANALYSIS, this.analysis.fingerprint()).entrySet());
				writer.commit();
			}
			try (MatchIndex index = new MatchIndex(directory, this.analysis)) {
				assertThat(index.isAnalysedAsNow()).as("written under another schema").isFalse();
			}
		}
		CharArraySet moreStopWords = FrenchStopWords.defaults();
		moreStopWords.add("tricot");
		FrenchTextAnalysis other = new FrenchTextAnalysis(moreStopWords);
		assertThat(other.fingerprint()).isNotEqualTo(this.analysis.fingerprint());
		try (Directory directory = new ByteBuffersDirectory()) {
			try (MatchIndex index = new MatchIndex(directory, other)) {
				index.upsert("1", "Tricot", "", "");
				index.refresh();
			}
			try (MatchIndex index = new MatchIndex(directory, this.analysis)) {
				assertThat(index.isAnalysedAsNow()).isFalse();
				index.upsert("2", "Couture", "", "");
				index.refresh();
			}
			try (MatchIndex index = new MatchIndex(directory, this.analysis)) {
				assertThat(index.isAnalysedAsNow()).as("ordinary commits keep the old mark").isFalse();
				index.markAnalysedAsNow();
				assertThat(index.isAnalysedAsNow()).isTrue();
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.getIndexCommit().getUserData()).containsEntry(MatchIndex.ANALYSIS,
						this.analysis.fingerprint() + "/" + MatchIndex.SCHEMA);
			}
			try (MatchIndex index = new MatchIndex(directory, this.analysis)) {
				assertThat(index.isAnalysedAsNow()).isTrue();
			}
		}
	}

}
