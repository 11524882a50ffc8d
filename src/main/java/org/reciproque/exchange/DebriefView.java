package org.reciproque.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A debrief as its readers see it.
 *
 * @param id the debrief
 * @param exchangeId its exchange
 * @param memberId whose debrief it is
 * @param stage midway or final
 * @param answers the answers
 * @param shared whether the other participants may read it
 * @param writtenById who typed it (an animator, with a member who has no account)
 * @param writtenAt when
 */
public record DebriefView(long id, long exchangeId, long memberId, DebriefStage stage, DebriefAnswers answers,
		boolean shared, @Nullable Long writtenById, Instant writtenAt) {
}
