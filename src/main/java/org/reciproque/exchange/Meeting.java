package org.reciproque.exchange;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.BaseEntity;

/**
 * A meeting (séance) of an exchange: planned (upcoming), or recorded once it took place
 * with who attended.
 */
@Entity
@Table(name = "meeting")
class Meeting extends BaseEntity {

	private long exchangeId;

	private Instant startsAt;

	private @Nullable Instant endsAt;

	private @Nullable String place;

	private @Nullable String link;

	private @Nullable String notes;

	private boolean held;

	private @Nullable Long recordedById;

	private @Nullable Instant reminderSentAt;

	@ElementCollection
	@CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "member_id")
	private Set<Long> attendees = new HashSet<>();

	protected Meeting() {
		this.startsAt = Instant.EPOCH;
	}

	Meeting(long exchangeId, MeetingCommand command, @Nullable Long recordedById) {
		this.exchangeId = exchangeId;
		this.startsAt = command.startsAt();
		this.endsAt = command.endsAt();
		this.place = command.place();
		this.link = command.link();
		this.notes = command.notes();
		this.held = command.held();
		this.attendees.addAll(command.held() ? command.attendees() : Set.of());
		this.recordedById = recordedById;
	}

	/**
	 * A planned meeting took place: who came, and a few notes.
	 */
	void recordHeld(Set<Long> attendees, @Nullable String notes, @Nullable Long recordedById) {
		this.held = true;
		this.attendees.clear();
		this.attendees.addAll(attendees);
		if (notes != null) {
			this.notes = notes;
		}
		this.recordedById = recordedById;
	}

	void removeAttendee(long memberId) {
		this.attendees.remove(memberId);
	}

	long getExchangeId() {
		return this.exchangeId;
	}

	Instant getStartsAt() {
		return this.startsAt;
	}

	boolean isHeld() {
		return this.held;
	}

	MeetingView toView() {
		return new MeetingView(getId(), this.exchangeId, this.startsAt, this.endsAt, this.place, this.link, this.notes,
				this.held, new TreeSet<>(this.attendees));
	}

}
