package org.reciproque.exchange;

import java.time.Instant;
import java.util.SortedSet;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as pages see it.
 *
 * @param id the meeting
 * @param exchangeId its exchange
 * @param startsAt when it starts
 * @param endsAt when it ends, if said
 * @param place where
 * @param link the link of a remote meeting
 * @param notes short notes
 * @param held whether it took place (and was recorded)
 * @param attendees who attended
 */
public record MeetingView(long id, long exchangeId, Instant startsAt, @Nullable Instant endsAt, @Nullable String place,
		@Nullable String link, @Nullable String notes, boolean held, SortedSet<Long> attendees) {
}
