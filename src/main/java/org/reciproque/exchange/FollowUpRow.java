package org.reciproque.exchange;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Format;

/**
 * One exchange on the follow-up page.
 *
 * @param id the exchange
 * @param subject its subject
 * @param format its format
 * @param status its status
 * @param category where the animation team files it
 * @param participants its active participants, by name
 * @param createdAt creation
 * @param lastMeeting the last meeting that took place
 * @param nextMeeting the next planned meeting
 * @param debriefs how many participants wrote their final debrief
 * @param termsVersion how many versions of the terms were saved
 */
record FollowUpRow(long id, String subject, Format format, ExchangeStatus status, FollowUpCategory category,
		List<String> participants, Instant createdAt, @Nullable Instant lastMeeting, @Nullable Instant nextMeeting,
		int debriefs, int termsVersion) {

	public boolean isOpen() {
		return this.status.isOpen();
	}

}
