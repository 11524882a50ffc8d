package org.reciproque.exchange;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A meeting to plan, or one that took place, once its times are known as instants.
 *
 * @param startsAt start
 * @param endsAt end, if said
 * @param place where
 * @param link the link of a remote meeting
 * @param notes short notes
 * @param held whether it already took place
 * @param attendees for a meeting that took place, who came
 */
record MeetingCommand(Instant startsAt, @Nullable Instant endsAt, @Nullable String place, @Nullable String link,
		@Nullable String notes, boolean held, Set<Long> attendees) {
}
