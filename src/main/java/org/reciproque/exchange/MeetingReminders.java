package org.reciproque.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds participants of a meeting the day before (within the 24 hours ahead). Each
 * meeting's reminder is claimed in the database before it is sent, so that a repeated
 * run, or a second instance, never sends it twice.
 */
@Component
class MeetingReminders {

	static final Duration AHEAD = Duration.ofHours(24);

	private final MeetingRepository meetings;

	private final ExchangeRepository exchanges;

	private final ExchangeMails mails;

	private final Clock clock;

	MeetingReminders(MeetingRepository meetings, ExchangeRepository exchanges, ExchangeMails mails, Clock clock) {
		this.meetings = meetings;
		this.exchanges = exchanges;
		this.mails = mails;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${reciproque.exchange.reminder-interval:PT15M}", initialDelayString = "PT2M")
	void run() {
		sendDue(this.clock.instant());
	}

	/**
	 * Sends the reminders due at this time.
	 * @return how many meetings were reminded
	 */
	@Transactional
	int sendDue(Instant now) {
		int sent = 0;
		for (Meeting meeting : this.meetings.findDueForReminder(now, now.plus(AHEAD))) {
			Exchange exchange = this.exchanges.findById(meeting.getExchangeId()).orElse(null);
			if (exchange == null || !exchange.getStatus().isOpen()) {
				continue;
			}
			if (this.meetings.claimReminder(meeting.getId(), now) == 1) {
				this.mails.reminder(exchange, meeting.toView());
				sent++;
			}
		}
		return sent;
	}

}
