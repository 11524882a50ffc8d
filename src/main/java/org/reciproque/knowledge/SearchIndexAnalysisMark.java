package org.reciproque.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.springframework.core.env.Environment;

/**
 * A file beside the search index saying which analysis wrote its terms
 * ({@link org.reciproque.platform.text.FrenchTextAnalysis#fingerprint()}): a version that
 * analyses words otherwise (new stem exceptions, a changed chain) sees it differ and
 * rebuilds the index, whose terms would no longer meet its queries. Whatever rebuilds the
 * whole index (the start-up rebuild, the data generator) marks it once done.
 */
public final class SearchIndexAnalysisMark {

	static final String FILE = "analysis.txt";

	/** Where Hibernate Search keeps the index (application.yaml). */
	private static final String DIRECTORY_TYPE = "spring.jpa.properties.hibernate.search.backend.directory.type";

	private static final String DIRECTORY_ROOT = "spring.jpa.properties.hibernate.search.backend.directory.root";

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
	 * The mark of the index the application's settings describe, for the current
	 * analysis; a no-op mark when the index is not on the local file system.
	 */
	public static SearchIndexAnalysisMark of(Environment environment) {
		String type = environment.getProperty(DIRECTORY_TYPE, "local-filesystem");
		String root = environment.getProperty(DIRECTORY_ROOT);
		return new SearchIndexAnalysisMark(("local-filesystem".equals(type) && root != null) ? Path.of(root) : null,
				new FrenchTextAnalysis().fingerprint());
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
	public void markCurrent() {
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
