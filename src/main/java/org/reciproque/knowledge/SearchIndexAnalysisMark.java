package org.reciproque.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A file beside the search index saying which analysis wrote its terms
 * ({@link org.reciproque.platform.text.FrenchTextAnalysis#fingerprint()}): a version that
 * analyses words otherwise (new stem exceptions, a changed chain) sees it differ and
 * rebuilds the index, whose terms would no longer meet its queries.
 */
final class SearchIndexAnalysisMark {

	static final String FILE = "analysis.txt";

	private final @Nullable Path file;

	private final String fingerprint;

	/**
	 * @param root the index directory, or {@code null} when the index lives in memory
	 * (then it is new at every start and never stale)
	 */
	SearchIndexAnalysisMark(@Nullable Path root, String fingerprint) {
		this.file = (root != null) ? root.resolve(FILE) : null;
		this.fingerprint = fingerprint;
	}

	/**
	 * Whether the index on disk was written with another analysis, or by a version that
	 * did not mark it.
	 */
	boolean isStale() {
		if (this.file == null) {
			return false;
		}
		try {
			return !Files.exists(this.file)
					|| !this.fingerprint.equals(Files.readString(this.file, StandardCharsets.UTF_8).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Records that every item was just indexed with the current analysis.
	 */
	void markCurrent() {
		if (this.file == null) {
			return;
		}
		try {
			Files.createDirectories(this.file.getParent());
			Files.writeString(this.file, this.fingerprint + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
