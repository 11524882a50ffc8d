package org.reciproque.matching.internal.ranking;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The sentence-embedding model, run for real: vectors of texts about one thing are closer
 * than those of unrelated texts, and the byte vectors keep the cosine.
 */
class TextEmbeddingTests {

	private final TextEmbedding embedding = TextEmbedding.shared();

	@Test
	void shouldPutTextsAboutOneThingCloserThanUnrelatedOnes() {
		byte[] guitar = this.embedding.embed("Apprendre la guitare", "Je voudrais jouer quelques accords.");
		byte[] lessons = this.embedding.embed("Cours de guitare pour débutants",
				"Accords, rythmes et premières chansons.");
		byte[] taxes = this.embedding.embed("Déclarer ses impôts en ligne", "Remplir sa déclaration de revenus.");
		assertThat(TextEmbedding.cosine(guitar, lessons)).isGreaterThan(TextEmbedding.cosine(guitar, taxes) + 0.1);
	}

	@Test
	void shouldKeepTheCosineInOneBytePerDimension() {
		float[] a = { 0.5f, -0.25f, 0.1f, 0.8f };
		float[] b = { 0.4f, 0.3f, -0.2f, 0.7f };
		// 0.665 / √(0.9625 × 0.78) in floats
		assertThat(TextEmbedding.cosine(TextEmbedding.quantize(a), TextEmbedding.quantize(b))).isCloseTo(0.7675,
				within(0.01));
		assertThat(TextEmbedding.cosine(TextEmbedding.quantize(a), TextEmbedding.quantize(a))).isCloseTo(1.0,
				within(1e-9));
	}

	@Test
	void shouldGiveNoVectorWithoutModelOrText() {
		assertThat(TextEmbedding.none().embed("Tricot", "Monter les mailles.")).isNull();
		assertThat(this.embedding.embed(" ", null)).isNull();
		assertThat(TextEmbedding.cosine(null, new byte[] { 1 })).isZero();
		assertThat(TextEmbedding.cosine(new byte[] { 1, 2 }, new byte[] { 1 })).isZero();
		assertThat(TextEmbedding.cosine(new byte[] { 0, 0 }, new byte[] { 1, 2 })).isZero();
	}

	@Test
	void shouldRankOnWordsAloneWhenTheModelCannotBeLoaded() {
		TextEmbedding broken = TextEmbedding.load(() -> {
			throw new UnsatisfiedLinkError("no onnxruntime in java.library.path");
		}, "broken");
		assertThat(broken.isEnabled()).isFalse();
		assertThat(broken.embed("Tricot", "Monter les mailles.")).isNull();
		assertThat(this.embedding.isEnabled()).isTrue();
	}

	@Test
	void shouldLeaveATextWithoutVectorWhenTheModelFailsOnIt() {
		TextEmbedding failing = new TextEmbedding(new EmbeddingModel() {

			@Override
			public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
				throw new IllegalStateException("ONNX Runtime failed");
			}

		}, "failing");
		assertThat(failing.isEnabled()).isTrue();
		assertThat(failing.embed("Tricot", "Monter les mailles.")).isNull();
	}

	@Test
	void shouldReadTheTitleAsASentenceOfItsOwn() {
		assertThat(TextEmbedding.text(" Tricot ", "Monter les mailles.")).isEqualTo("Tricot. Monter les mailles.");
		assertThat(TextEmbedding.text("Tricot", null)).isEqualTo("Tricot");
		assertThat(TextEmbedding.text(null, "Monter les mailles.")).isEqualTo("Monter les mailles.");
	}

}
