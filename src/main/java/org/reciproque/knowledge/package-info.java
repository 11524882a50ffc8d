/**
 * Offers and requests of knowledge, the category tree, the board, the inventory and the
 * French search index.
 */
@NullMarked
package org.reciproque.knowledge;

import org.jspecify.annotations.NullMarked;
