package org.reciproque.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Format;
import org.reciproque.matching.ParticipantRole;

/**
 * The bodies of the exchange API.
 */
final class ExchangeJson {

	private ExchangeJson() {
	}

	record Exchange(long id, ExchangeStatus status, Format format, @Nullable Long knowledgeId, String subject,
			@Nullable String stopReason, List<Participant> participants, @Nullable Terms terms,
			List<Meeting> meetings) {

		static Exchange of(ExchangeView view, ZoneId zone) {
			return new Exchange(view.id(), view.status(), view.format(), view.knowledgeId(), view.subject(),
					view.stopReason(),
					view.activeParticipants().stream().map((p) -> new Participant(p.memberId(), p.role())).toList(),
					(view.terms() != null) ? Terms.of(view.terms(), zone) : null,
					view.meetings().stream().map((m) -> Meeting.of(m, zone)).toList());
		}

	}

	record Participant(long memberId, ParticipantRole role) {
	}

	record Terms(int version, @Nullable String frequency, @Nullable String place, @Nullable String daysAndHours,
			@Nullable String content, @Nullable String methods, @Nullable String evaluation, @Nullable Long writtenBy,
			@Nullable Long forMemberId, OffsetDateTime writtenAt) {

		static Terms of(TermsView view, ZoneId zone) {
			TermsText text = view.text();
			return new Terms(view.version(), text.frequency(), text.place(), text.daysAndHours(), text.content(),
					text.methods(), text.evaluation(), view.writtenById(), view.forMemberId(),
					at(view.writtenAt(), zone));
		}

	}

	record Meeting(long id, OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt, @Nullable String place,
			@Nullable String link, @Nullable String notes, boolean held, List<Long> attendees) {

		static Meeting of(MeetingView view, ZoneId zone) {
			return new Meeting(view.id(), at(view.startsAt(), zone),
					(view.endsAt() != null) ? at(view.endsAt(), zone) : null, view.place(), view.link(), view.notes(),
					view.held(), List.copyOf(view.attendees()));
		}

	}

	record Debrief(long id, long exchangeId, long memberId, DebriefStage stage, @Nullable String interesting,
			@Nullable String obstacles, @Nullable String helped, @Nullable String learned,
			@Nullable String learnedByTeaching, @JsonProperty("continue") @Nullable String continueWish, boolean shared,
			OffsetDateTime writtenAt) {

		static Debrief of(DebriefView view, ZoneId zone) {
			DebriefAnswers a = view.answers();
			return new Debrief(view.id(), view.exchangeId(), view.memberId(), view.stage(), a.interesting(),
					a.obstacles(), a.helped(), a.learned(), a.learnedByTeaching(), a.continueWish(), view.shared(),
					at(view.writtenAt(), zone));
		}

	}

	record TermsRequest(@Nullable @Size(max = 500) String frequency, @Nullable @Size(max = 500) String place,
			@Nullable @Size(max = 500) String daysAndHours, @Nullable @Size(max = 4000) String content,
			@Nullable @Size(max = 4000) String methods, @Nullable @Size(max = 2000) String evaluation,
			@Nullable Integer version, @Nullable Long memberId) {

		TermsText text() {
			return new TermsText(this.frequency, this.place, this.daysAndHours, this.content, this.methods,
					this.evaluation);
		}

	}

	record MeetingRequest(@Nullable String startsAt, @Nullable String endsAt, @Nullable @Size(max = 500) String place,
			@Nullable @Size(max = 500) String link, @Nullable @Size(max = 2000) String notes, @Nullable Boolean held,
			@Nullable List<Long> attendees) {
	}

	record StatusRequest(@Nullable @NotNull ExchangeStatus status, @Nullable @Size(max = 500) String reason) {
	}

	record DebriefRequest(@Nullable @NotNull Long memberId, @Nullable @Size(max = 4000) String interesting,
			@Nullable @Size(max = 4000) String obstacles, @Nullable @Size(max = 4000) String helped,
			@Nullable @Size(max = 4000) String learned, @Nullable @Size(max = 4000) String learnedByTeaching,
			@JsonProperty("continue") @Nullable @Size(max = 2000) String continueWish, @Nullable Boolean shared) {

		DebriefAnswers answers() {
			return new DebriefAnswers(this.interesting, this.obstacles, this.helped, this.learned,
					this.learnedByTeaching, this.continueWish);
		}

	}

	static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toOffsetDateTime();
	}

}
