package org.reciproque.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.reciproque.knowledge.SearchIndexAnalysisMark;

/**
 * Rebuilds the whole search index from the database with Hibernate Search's mass indexer,
 * printing progress; rows written with JDBC are invisible to the index until then. Once
 * done, the index is marked as written with the current analysis, so that the next start
 * does not rebuild it again.
 */
final class FullReindex {

	/** Entities loaded per query: large batches, few round trips. */
	static final int BATCH_SIZE = 250;

	private final EntityManagerFactory entityManagerFactory;

	private final PrintStream out;

	private final SearchIndexAnalysisMark mark;

	FullReindex(EntityManagerFactory entityManagerFactory, PrintStream out, SearchIndexAnalysisMark mark) {
		this.entityManagerFactory = entityManagerFactory;
		this.out = out;
		this.mark = mark;
	}

	/**
	 * Rebuilds every index and returns how long it took.
	 */
	Result run() {
		long start = System.nanoTime();
		Progress progress = new Progress(this.out, start);
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(Object.class)
				.massIndexer()
				.threadsToLoadObjects(loaderThreads())
				.batchSizeToLoadObjects(BATCH_SIZE)
				.monitor(progress)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Index rebuild interrupted", ex);
		}
		this.mark.markCurrent();
		return new Result(progress.indexed(), Duration.ofNanos(System.nanoTime() - start));
	}

	private static int loaderThreads() {
		// Loading entities is the costly part; more threads than cores only adds
		// contention on a small machine.
		return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
	}

	/**
	 * What the rebuild did.
	 *
	 * @param documents how many documents were indexed
	 * @param time how long it took
	 */
	record Result(long documents, Duration time) {

		double perSecond() {
			return this.documents * 1000.0 / Math.max(1, this.time.toMillis());
		}

	}

	/**
	 * Prints a line at each tenth of the work (or every five seconds).
	 */
	private static final class Progress implements MassIndexingMonitor {

		private static final long PRINT_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

		private final PrintStream out;

		private final long start;

		private final AtomicLong total = new AtomicLong();

		private final AtomicLong indexed = new AtomicLong();

		private final AtomicLong lastPrint;

		private final AtomicLong nextTenth = new AtomicLong(1);

		Progress(PrintStream out, long start) {
			this.out = out;
			this.start = start;
			this.lastPrint = new AtomicLong(start);
		}

		long indexed() {
			return this.indexed.get();
		}

		@Override
		public void addToTotalCount(long count) {
			this.total.addAndGet(count);
		}

		@Override
		public void documentsAdded(long increment) {
			long done = this.indexed.addAndGet(increment);
			long total = this.total.get();
			long now = System.nanoTime();
			long tenth = this.nextTenth.get();
			boolean tenthReached = total > 0 && done * 10 >= total * tenth
					&& this.nextTenth.compareAndSet(tenth, Math.max(tenth + 1, done * 10 / total + 1));
			long last = this.lastPrint.get();
			if (tenthReached || (now - last > PRINT_EVERY_NANOS && this.lastPrint.compareAndSet(last, now))) {
				this.out.printf(Locale.ROOT, "  index: %,d / %,d documents (%.1f s)%n", done, total,
						(now - this.start) / 1e9);
			}
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void indexingCompleted() {
		}

	}

}
