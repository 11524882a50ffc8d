/**
 * Suggestions (ranking), introductions and consents.
 */
@NullMarked
package org.reciproque.matching;

import org.jspecify.annotations.NullMarked;
