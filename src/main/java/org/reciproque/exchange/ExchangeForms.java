package org.reciproque.exchange;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Format;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the exchange pages, bound to records (never to entities).
 */
final class ExchangeForms {

	private ExchangeForms() {
	}

	/**
	 * The terms as typed, with the version the writer started from.
	 */
	record TermsForm(@Nullable @Size(max = 500) String frequency, @Nullable @Size(max = 500) String place,
			@Nullable @Size(max = 500) String daysAndHours, @Nullable @Size(max = 4000) String goals,
			@Nullable @Size(max = 4000) String methods, @Nullable @Size(max = 2000) String evaluation,
			@Nullable Integer baseVersion, @Nullable Long forMemberId) {

		int base() {
			return (this.baseVersion != null) ? this.baseVersion : 0;
		}

		static TermsForm of(@Nullable TermsView current) {
			TermsText text = (current != null) ? current.text() : TermsText.empty();
			return new TermsForm(text.frequency(), text.place(), text.daysAndHours(), text.content(), text.methods(),
					text.evaluation(), (current != null) ? current.version() : 0, null);
		}

		TermsText text() {
			return new TermsText(this.frequency, this.place, this.daysAndHours, this.goals, this.methods,
					this.evaluation);
		}

		TermsForm basedOn(int version) {
			return new TermsForm(this.frequency, this.place, this.daysAndHours, this.goals, this.methods,
					this.evaluation, version, this.forMemberId);
		}

	}

	/**
	 * A meeting, with times in the network's time zone.
	 */
	record MeetingForm(@Nullable @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
			@Nullable @Size(max = 500) String place, @Nullable @Size(max = 500) String link,
			@Nullable @Size(max = 2000) String notes, @Nullable Boolean held, @Nullable List<Long> attendees) {

		public boolean isHeld() {
			return Boolean.TRUE.equals(this.held);
		}

		static MeetingForm empty(boolean held) {
			return new MeetingForm(null, null, null, null, null, held, List.of());
		}

		public List<Long> attendeeIds() {
			return (this.attendees != null) ? this.attendees : List.of();
		}

	}

	/**
	 * A planned meeting took place.
	 */
	record HeldForm(@Nullable List<Long> attendees, @Nullable @Size(max = 2000) String notes) {

		public List<Long> attendeeIds() {
			return (this.attendees != null) ? this.attendees : List.of();
		}

	}

	/**
	 * A debrief, for oneself or (animators) for a participant.
	 */
	record DebriefForm(@Nullable Long memberId, @Nullable @Size(max = 4000) String interesting,
			@Nullable @Size(max = 4000) String obstacles, @Nullable @Size(max = 4000) String helped,
			@Nullable @Size(max = 4000) String learned, @Nullable @Size(max = 4000) String learnedByTeaching,
			@Nullable @Size(max = 2000) String continueWish, @Nullable Boolean shared) {

		boolean isShared() {
			return Boolean.TRUE.equals(this.shared);
		}

		static DebriefForm empty(@Nullable Long memberId) {
			return new DebriefForm(memberId, null, null, null, null, null, null, false);
		}

		DebriefAnswers answers() {
			return new DebriefAnswers(this.interesting, this.obstacles, this.helped, this.learned,
					this.learnedByTeaching, this.continueWish);
		}

	}

	/**
	 * An exchange that started outside the software.
	 */
	record NewExchangeForm(@Nullable @NotBlank @Size(max = 200) String subject, @Nullable @NotNull Format format,
			@Nullable List<Long> passingOn, @Nullable List<Long> learning) {

		static NewExchangeForm empty() {
			return new NewExchangeForm(null, Format.ONE_TO_ONE, List.of(), List.of());
		}

		public List<Long> passingOnIds() {
			return (this.passingOn != null) ? this.passingOn : List.of();
		}

		public List<Long> learningIds() {
			return (this.learning != null) ? this.learning : List.of();
		}

	}

	/**
	 * A message from the animation team to the participants.
	 */
	record MessageForm(@Nullable @NotBlank @Size(max = 200) String subject,
			@Nullable @NotBlank @Size(max = 4000) String body) {

	}

}
