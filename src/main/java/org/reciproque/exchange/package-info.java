/**
 * Exchanges: participants and their roles, co-built terms with their history, meetings
 * and calendar feeds, follow-up by the animation team, debriefs, and reciprocity made
 * visible (never counted as a debt).
 */
@NullMarked
package org.reciproque.exchange;

import org.jspecify.annotations.NullMarked;
