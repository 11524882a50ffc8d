/**
 * French analysis for the knowledge search index (Hibernate Search, Lucene backend).
 */
@NullMarked
package org.reciproque.knowledge.search;

import org.jspecify.annotations.NullMarked;
