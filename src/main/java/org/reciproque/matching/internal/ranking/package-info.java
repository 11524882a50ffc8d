/**
 * The ranking engine: finds the offers (or requests) that answer a text, scores them in
 * [0, 1] and explains why, on top of the shared French analysis of
 * {@code org.reciproque.platform.text}.
 */
@NullMarked
package org.reciproque.matching.internal.ranking;

import org.jspecify.annotations.NullMarked;
