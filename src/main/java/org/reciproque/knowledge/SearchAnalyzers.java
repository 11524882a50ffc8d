package org.reciproque.knowledge;

/**
 * Names of the analyzers defined by {@code FrenchAnalysisConfigurer}.
 */
final class SearchAnalyzers {

	/** Indexing: elision, lower case, stop words, accent folding, light stemming. */
	static final String FRENCH = "french";

	/** Searching: the same, plus synonyms from the category tree and the thesaurus. */
	static final String FRENCH_QUERY = "french_query";

	/**
	 * Typo tolerance: words folded but not stemmed, so that one typo stays one edit away.
	 */
	static final String FOLDED = "french_folded";

	private SearchAnalyzers() {
	}

}
