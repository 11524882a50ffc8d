package org.reciproque.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the knowledge search index from the database (purge, then reindex every item)
 * in the background, one rebuild at a time, and remembers how the last one went.
 * <p>
 * The state lives in this singleton, so it is per application instance: with several
 * instances, each rebuilds and reports its own index (the Lucene index is local to each
 * instance anyway), and a restart forgets the last rebuild.
 */
@Component
class SearchIndexRebuild {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexRebuild.class);

	/**
	 * Sized for a small server (two cores): two loading threads, batches that keep memory
	 * low, the database's connection pool left room for the pages being served.
	 */
	static final int LOADING_THREADS = 2;

	static final int BATCH_SIZE = 50;

	static final int ID_FETCH_SIZE = 500;

	private final EntityManagerFactory entityManagerFactory;

	private final Clock clock;

	private final SearchIndexAnalysisMark mark;

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicLong added = new AtomicLong();

	private final AtomicLong total = new AtomicLong(-1);

	private volatile @Nullable Instant startedAt;

	private volatile @Nullable Instant finishedAt;

	private volatile boolean failed;

	SearchIndexRebuild(EntityManagerFactory entityManagerFactory, Clock clock, Environment environment) {
		this.entityManagerFactory = entityManagerFactory;
		this.clock = clock;
		this.mark = SearchIndexAnalysisMark.of(environment);
	}

	/**
	 * Rebuilds the index at start-up when its terms were made by another analysis (an
	 * upgrade that changed stop words, stem exceptions or the chain): searches would no
	 * longer meet them.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfAnalysedOtherwise() {
		if (this.mark.isStale()) {
			logger.info(
					"The search index is not marked as written with the current analysis of words (new, or written by another version): rebuilding it");
			start();
		}
	}

	/**
	 * Starts a rebuild unless one is running.
	 * @return whether a rebuild was started
	 */
	boolean start() {
		if (!this.running.compareAndSet(false, true)) {
			return false;
		}
		this.added.set(0);
		this.total.set(-1);
		this.failed = false;
		this.finishedAt = null;
		this.startedAt = this.clock.instant();
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(Knowledge.class)
				.massIndexer()
				.purgeAllOnStart(true)
				.typesToIndexInParallel(1)
				.threadsToLoadObjects(LOADING_THREADS)
				.batchSizeToLoadObjects(BATCH_SIZE)
				.idFetchSize(ID_FETCH_SIZE)
				.monitor(new Monitor())
				.start()
				.whenComplete((result, failure) -> finish(failure));
		}
		catch (RuntimeException ex) {
			finish(ex);
		}
		return true;
	}

	/**
	 * How the current or last rebuild is going.
	 */
	RebuildProgress progress() {
		long known = this.total.get();
		return new RebuildProgress(this.running.get(), this.added.get(), (known >= 0) ? known : null, this.startedAt,
				this.finishedAt, this.failed);
	}

	private void finish(@Nullable Throwable failure) {
		if (failure != null) {
			logger.error("Rebuilding the search index failed", failure);
		}
		else {
			logger.info("Search index rebuilt: {} items", this.added.get());
		}
		this.failed = failure != null;
		if (failure == null) {
			this.mark.markCurrent();
		}
		this.finishedAt = this.clock.instant();
		this.running.set(false);
	}

	/**
	 * Counts what Hibernate Search reports while it rebuilds.
	 */
	private final class Monitor implements MassIndexingMonitor {

		// The total is known once the type group starts (its identifiers are counted
		// first).
		@Override
		public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
			return new MassIndexingTypeGroupMonitor() {

				@Override
				public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
					started.totalCount()
						.ifPresent((count) -> SearchIndexRebuild.this.total.accumulateAndGet(count,
								(current, more) -> Math.max(current, 0) + more));
				}

				@Override
				public void documentsIndexed(long increment) {
					// Counted once, by documentsAdded.
				}

				@Override
				public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
				}

			};
		}

		@Override
		public void documentsAdded(long increment) {
			SearchIndexRebuild.this.added.addAndGet(increment);
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
