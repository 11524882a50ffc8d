/**
 * French text analysis shared by the search index and the matcher: stop words, derivation
 * stemming and the hand-maintained thesaurus, as plain Lucene components and factories.
 */
@NullMarked
package org.reciproque.platform.text;

import org.jspecify.annotations.NullMarked;
