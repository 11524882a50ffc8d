package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

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
						this.analysis.fingerprint() + "/" + MatchIndex.SCHEMA + "/none");
			}
			try (MatchIndex index = new MatchIndex(directory, this.analysis)) {
				assertThat(index.isAnalysedAsNow()).isTrue();
			}
		}
	}

	@Test
	void shouldStoreEachItemsVectorAndRebuildForAnotherModel() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			try (MatchIndex index = new MatchIndex(directory, this.analysis, TextEmbedding.shared())) {
				index.upsert("1", "Tricot pour débutants", "Monter les mailles.", "");
				index.upsert("2", "", "", "");
				index.refresh();
				assertThat(index.vector("1")).hasSize(384)
					.isEqualTo(TextEmbedding.shared().embed("Tricot pour débutants", "Monter les mailles."));
				assertThat(index.vector("2")).as("no text, no vector").isNull();
				assertThat(index.vector("3")).as("not indexed").isNull();
			}
			try (MatchIndex index = new MatchIndex(directory, this.analysis, TextEmbedding.shared())) {
				assertThat(index.isAnalysedAsNow()).isTrue();
			}
			try (MatchIndex index = new MatchIndex(directory, this.analysis)) {
				assertThat(index.isAnalysedAsNow()).as("vectors of a model no longer used").isFalse();
				assertThat(index.vector("1")).as("kept until rebuilt").isNotNull();
			}
		}
	}

	@Test
	void shouldEmbedAgainOnlyAChangedTextOrForAnotherModel() throws IOException {
		CountingModel model = new CountingModel();
		TextEmbedding counted = new TextEmbedding(model, "counted");
		CharArraySet moreStopWords = FrenchStopWords.defaults();
		moreStopWords.add("tricot");
		FrenchTextAnalysis other = new FrenchTextAnalysis(moreStopWords);
		try (Directory directory = new ByteBuffersDirectory()) {
			try (MatchIndex index = new MatchIndex(directory, this.analysis, counted)) {
				index.upsert("1", "Tricot", "Monter les mailles.", "");
				index.upsert("2", "Couture", "Un ourlet.", "");
				index.refresh();
				assertThat(model.texts).hasValue(2);
				index.upsert("1", "Tricot", "Monter les mailles.", "Loisirs");
				assertThat(model.texts).as("only the categories changed").hasValue(2);
			}
			try (MatchIndex index = new MatchIndex(directory, other, counted)) {
				assertThat(index.isAnalysedAsNow()).isFalse();
				index.upsert("1", "Tricot", "Monter les mailles.", "");
				index.upsert("2", "Couture", "Un ourlet et une boutonnière.", "");
				assertThat(model.texts).as("a rebuild for another analysis embeds changed texts only").hasValue(3);
				index.markAnalysedAsNow();
			}
			try (MatchIndex index = new MatchIndex(directory, other, new TextEmbedding(model, "another model"))) {
				index.upsert("1", "Tricot", "Monter les mailles.", "");
				assertThat(model.texts).as("vectors of another model").hasValue(4);
			}
		}
	}

	/**
	 * Counts the texts it embeds; each gets a vector of its length.
	 */
	private static final class CountingModel implements EmbeddingModel {

		private final AtomicInteger texts = new AtomicInteger();

		@Override
		public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
			this.texts.addAndGet(segments.size());
			return Response.from(segments.stream()
				.map((segment) -> Embedding.from(new float[] { segment.text().length(), 1 }))
				.toList());
		}

	}

}
