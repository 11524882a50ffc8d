package org.reciproque.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.NotFoundException;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.platform.web.FieldErrorsException.FieldErrorMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings of an exchange: planned ahead, or recorded once they took place with who
 * attended. Times must make sense: an upcoming meeting is not in the past, a meeting that
 * took place is not in the future, and it ends after it starts.
 */
@Service
class Meetings {

	private final MeetingRepository meetings;

	private final ExchangeAccess access;

	private final Clock clock;

	Meetings(MeetingRepository meetings, ExchangeAccess access, Clock clock) {
		this.meetings = meetings;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	MeetingView add(NetworkScope scope, long exchangeId, MeetingCommand command) {
		Exchange exchange = this.access.actable(scope, exchangeId);
		if (!exchange.getStatus().isOpen()) {
			throw new ConflictException("exchange.meeting.closed");
		}
		List<FieldErrorMessage> errors = new ArrayList<>();
		Instant now = this.clock.instant();
		if (!command.held() && !command.startsAt().isAfter(now)) {
			errors.add(new FieldErrorMessage("startsAt", "exchange.meeting.pastUpcoming"));
		}
		if (command.held() && command.startsAt().isAfter(now)) {
			errors.add(new FieldErrorMessage("startsAt", "exchange.meeting.futureHeld"));
		}
		if (command.endsAt() != null && !command.endsAt().isAfter(command.startsAt())) {
			errors.add(new FieldErrorMessage("endsAt", "exchange.meeting.endBeforeStart"));
		}
		if (command.link() != null && !command.link().matches("(?i)https?://\\S+")) {
			errors.add(new FieldErrorMessage("link", "exchange.meeting.link.invalid"));
		}
		if (command.attendees().stream().anyMatch((memberId) -> exchange.participant(memberId).isEmpty())) {
			errors.add(new FieldErrorMessage("attendees", "exchange.meeting.attendees.unknown"));
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		return this.meetings.save(new Meeting(exchange.getId(), command, scope.memberId())).toView();
	}

	/**
	 * A planned meeting took place: who came, and a few notes.
	 */
	@Transactional
	MeetingView recordHeld(NetworkScope scope, long exchangeId, long meetingId, Set<Long> attendees,
			@Nullable String notes) {
		Exchange exchange = this.access.actable(scope, exchangeId);
		if (exchange.getStatus() == ExchangeStatus.STOPPED) {
			throw new ConflictException("exchange.meeting.closed");
		}
		Meeting meeting = meeting(exchangeId, meetingId);
		if (meeting.getStartsAt().isAfter(this.clock.instant())) {
			throw new ConflictException("exchange.meeting.notYet");
		}
		if (attendees.stream().anyMatch((memberId) -> exchange.participant(memberId).isEmpty())) {
			throw FieldErrorsException.of("attendees", "exchange.meeting.attendees.unknown");
		}
		meeting.recordHeld(attendees, (notes == null || notes.isBlank()) ? null : notes.strip(), scope.memberId());
		return meeting.toView();
	}

	/**
	 * Cancels a meeting that has not taken place.
	 */
	@Transactional
	void cancel(NetworkScope scope, long exchangeId, long meetingId) {
		this.access.actable(scope, exchangeId);
		Meeting meeting = meeting(exchangeId, meetingId);
		if (meeting.isHeld()) {
			throw new ConflictException("exchange.meeting.alreadyHeld");
		}
		this.meetings.delete(meeting);
	}

	@Transactional(readOnly = true)
	MeetingView get(NetworkScope scope, long exchangeId, long meetingId) {
		this.access.readable(scope, exchangeId);
		return meeting(exchangeId, meetingId).toView();
	}

	private Meeting meeting(long exchangeId, long meetingId) {
		return this.meetings.findByIdAndExchangeId(meetingId, exchangeId)
			.orElseThrow(() -> new NotFoundException("exchange.meeting.notFound"));
	}

}
