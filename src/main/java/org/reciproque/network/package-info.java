/**
 * Networks: identity (slug, name, territory), charter, settings and the public directory.
 */
@NullMarked
package org.reciproque.network;

import org.jspecify.annotations.NullMarked;
