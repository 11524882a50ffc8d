package org.reciproque.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The meaningful words of a text, as the search index sees them (stemmed, folded, without
 * stop words): two items sharing such words may answer each other.
 */
@Component
class WordOverlap {

	/** Words shorter than this (once stemmed) say too little to link two items. */
	static final int MIN_LENGTH = 4;

	private final EntityManagerFactory entityManagerFactory;

	private @Nullable Analyzer analyzer;

	/**
	 * Words of each item, by id and last change: the board asks for the same items again
	 * and again, and analysing text is its most expensive step. Derived data only, so a
	 * stale or missing entry costs time, never correctness.
	 */
	private final Cache<ItemVersion, Set<String>> cache = Caffeine.newBuilder().maximumSize(200_000).build();

	WordOverlap(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	Set<String> words(KnowledgeView item) {
		return this.cache.get(new ItemVersion(item.id(), item.updatedAt()), (key) -> Set
			.copyOf(words(item.title() + " " + ((item.description() != null) ? item.description() : ""))));
	}

	Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		try (TokenStream stream = analyzer().tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (term.length() >= MIN_LENGTH) {
					words.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	private record ItemVersion(long id, java.time.Instant updatedAt) {
	}

	private Analyzer analyzer() {
		if (this.analyzer == null) {
			this.analyzer = Search.mapping(this.entityManagerFactory)
				.backend()
				.unwrap(LuceneBackend.class)
				.analyzer(SearchAnalyzers.FRENCH)
				.orElseThrow();
		}
		return this.analyzer;
	}

}
