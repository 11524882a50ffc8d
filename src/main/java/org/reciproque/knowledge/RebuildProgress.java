package org.reciproque.knowledge;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where the current, or the last, rebuild of the search index stands. Its methods are
 * public because the page calls them.
 *
 * @param running whether a rebuild is running now
 * @param added how many items were put back in the index so far
 * @param total how many items there are to index, once known
 * @param startedAt when the rebuild started ({@code null}: none since the application
 * started)
 * @param finishedAt when it ended
 * @param failed whether it ended in failure (the details are in the log)
 */
record RebuildProgress(boolean running, long added, @Nullable Long total, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, boolean failed) {

	public boolean neverRan() {
		return this.startedAt == null;
	}

	public boolean succeeded() {
		return !this.running && this.finishedAt != null && !this.failed;
	}

	/**
	 * Progress from 0 to 100, once the total is known.
	 */
	public @Nullable Integer percent() {
		if (this.total == null) {
			return null;
		}
		if (this.total == 0) {
			return 100;
		}
		return (int) Math.min(100, this.added * 100 / this.total);
	}

	/**
	 * How long the rebuild took, or has taken so far, in whole seconds.
	 */
	public long seconds(Instant now) {
		if (this.startedAt == null) {
			return 0;
		}
		return Duration.between(this.startedAt, (this.finishedAt != null) ? this.finishedAt : now).toSeconds();
	}

}
