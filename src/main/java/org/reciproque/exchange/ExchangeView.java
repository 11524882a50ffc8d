package org.reciproque.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Format;

/**
 * An exchange as pages, the API and other modules see it.
 *
 * @param id the exchange
 * @param networkId its network
 * @param introductionId the introduction it came from, if any
 * @param knowledgeId the offer or request it is about, if any
 * @param subject what is shared, in a few words
 * @param format one-to-one, group, practice sharing, talking group
 * @param status where it stands
 * @param stopReason why it was stopped, if said
 * @param participants who takes part, each with their role
 * @param terms the current terms, if any were saved yet
 * @param meetings its meetings, oldest first
 * @param createdAt creation
 * @param startedAt when it started running
 * @param endedAt when it was done or stopped
 */
public record ExchangeView(long id, long networkId, @Nullable Long introductionId, @Nullable Long knowledgeId,
		String subject, Format format, ExchangeStatus status, @Nullable String stopReason,
		List<ParticipantView> participants, @Nullable TermsView terms, List<MeetingView> meetings, Instant createdAt,
		@Nullable Instant startedAt, @Nullable Instant endedAt) {

	public List<ParticipantView> activeParticipants() {
		return this.participants.stream().filter(ParticipantView::isActive).toList();
	}

	public boolean isParticipant(@Nullable Long memberId) {
		return memberId != null && this.participants.stream().anyMatch((p) -> p.isActive() && p.memberId() == memberId);
	}

	public Optional<ParticipantView> participant(long memberId) {
		return this.participants.stream().filter((p) -> p.memberId() == memberId).findFirst();
	}

	public List<MeetingView> upcomingMeetings() {
		return this.meetings.stream().filter((m) -> !m.held()).toList();
	}

	public List<MeetingView> heldMeetings() {
		return this.meetings.stream().filter(MeetingView::held).toList();
	}

	public boolean isOpen() {
		return this.status.isOpen();
	}

}
