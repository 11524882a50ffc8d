package org.reciproque.matching.internal.ranking;

import java.util.function.Supplier;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings of item texts: a small transformer (all-MiniLM-L6-v2, quantized,
 * 384 dimensions) shipped inside a Maven Central artifact and run in-process on the CPU
 * through ONNX Runtime; nothing is downloaded. The model was trained on English, and no
 * multilingual one is published on Maven Central: on French it sees shared sub-words,
 * cognates and some meaning, too little to rank alone (hit@5 0.74 on the dev set, below
 * BM25) but enough to break ties between candidates that the words alone cannot tell
 * apart (BENCHMARKS.md, 2026-12-07, evening).
 *
 * <p>
 * Vectors are normalised and stored as one signed byte per dimension scaled to the
 * largest component: a cosine between two of them stays within about a hundredth of the
 * float one (the dev set's figures are the same either way), in a quarter of the space.
 *
 * <p>
 * Thread-safe; the model is loaded once per JVM, on first use (about a second).
 */
public final class TextEmbedding {

	/** Written into the index fingerprint: vectors of another model are rebuilt. */
	static final String MODEL = "all-minilm-l6-v2-q";

	private static final TextEmbedding NONE = new TextEmbedding(null, "none");

	private static final Logger logger = LoggerFactory.getLogger(TextEmbedding.class);

	private static final Object LOCK = new Object();

	private static volatile @Nullable TextEmbedding shared;

	private final @Nullable EmbeddingModel model;

	private final String name;

	/**
	 * An embedding by {@code model}, recorded in indexes as {@code name}.
	 */
	TextEmbedding(@Nullable EmbeddingModel model, String name) {
		this.model = model;
		this.name = name;
	}

	/**
	 * No embeddings: every item gets no vector and the matcher ranks on words alone.
	 */
	public static TextEmbedding none() {
		return NONE;
	}

	/**
	 * The model, loaded on first call and shared by every index of the JVM.
	 */
	public static TextEmbedding shared() {
		TextEmbedding loaded = shared;
		if (loaded == null) {
			synchronized (LOCK) {
				loaded = shared;
				if (loaded == null) {
					loaded = load(AllMiniLmL6V2QuantizedEmbeddingModel::new, MODEL);
					shared = loaded;
				}
			}
		}
		return loaded;
	}

	/**
	 * The model {@code loader} gives, or {@link #none()} when it cannot be loaded (its
	 * native libraries are unpacked under {@code ~/.djl.ai} and the temporary directory,
	 * which a locked-down server may forbid): the matcher then ranks on words alone
	 * rather than the application failing to start.
	 */
	static TextEmbedding load(Supplier<EmbeddingModel> loader, String name) {
		try {
			return new TextEmbedding(loader.get(), name);
		}
		catch (RuntimeException | LinkageError ex) {
			logger.warn("The sentence-embedding model {} could not be loaded; suggestions are ordered on words alone",
					name, ex);
			return NONE;
		}
	}

	public boolean isEnabled() {
		return this.model != null;
	}

	/**
	 * What the index fingerprint records of this embedding.
	 */
	String name() {
		return this.name;
	}

	/**
	 * The quantized vector of an item's text, or {@code null} without a model, without
	 * text, or when the model fails on it.
	 */
	byte @Nullable [] embed(@Nullable String title, @Nullable String description) {
		String text = text(title, description);
		if (this.model == null || text.isEmpty()) {
			return null;
		}
		try {
			return quantize(this.model.embed(text).content().vector());
		}
		catch (RuntimeException ex) {
			// the item is still indexed and matched on its words
			logger.warn("Could not embed a text of {} characters", text.length(), ex);
			return null;
		}
	}

	/**
	 * Title and description as one text, the title read as a sentence of its own.
	 */
	static String text(@Nullable String title, @Nullable String description) {
		String head = (title != null) ? title.strip() : "";
		String body = (description != null) ? description.strip() : "";
		if (head.isEmpty() || body.isEmpty()) {
			return head + body;
		}
		return head + ". " + body;
	}

	static byte[] quantize(float[] vector) {
		float largest = 0;
		for (float component : vector) {
			largest = Math.max(largest, Math.abs(component));
		}
		byte[] quantized = new byte[vector.length];
		if (largest > 0) {
			for (int i = 0; i < vector.length; i++) {
				quantized[i] = (byte) Math.round(vector[i] / largest * 127);
			}
		}
		return quantized;
	}

	/**
	 * Cosine of two quantized vectors; 0 when either is null, empty or of another length.
	 */
	static double cosine(byte @Nullable [] a, byte @Nullable [] b) {
		if (a == null || b == null || a.length != b.length) {
			return 0;
		}
		long dot = 0;
		long normA = 0;
		long normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return (normA == 0 || normB == 0) ? 0 : dot / Math.sqrt((double) normA * normB);
	}

}
