package org.reciproque.knowledge;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the items in the database and in the search index: when they differ, the index
 * missed changes (an index directory restored from a backup, a crash before indexing) and
 * should be rebuilt.
 */
@Component
class SearchIndexCounts {

	private final KnowledgeRepository repository;

	private final EntityManager entityManager;

	SearchIndexCounts(KnowledgeRepository repository, EntityManager entityManager) {
		this.repository = repository;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	Counts count() {
		long indexed = Search.session(this.entityManager)
			.search(Knowledge.class)
			.where((f) -> f.matchAll())
			.fetchTotalHitCount();
		return new Counts(this.repository.count(), indexed);
	}

	/**
	 * Items counted on both sides.
	 *
	 * @param database items in the database
	 * @param index documents in the search index
	 */
	record Counts(long database, long index) {

		public boolean match() {
			return this.database == this.index;
		}

	}

}
