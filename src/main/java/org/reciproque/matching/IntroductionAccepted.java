package org.reciproque.matching;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Every required person agreed to an introduction (for a collective one: the offerer and
 * at least one requester). The exchange module turns it into an exchange. People who
 * accept later join through {@link IntroductionJoined}.
 *
 * @param introductionId the introduction
 * @param networkId its network
 * @param knowledgeId the offer (or, when there is no offer, the request) the introduction
 * is about; {@code null} for a direct introduction between people
 * @param subject what is to be shared, in a few words (the offer's title, or the free
 * text of a direct introduction)
 * @param collective whether several requesters may take part (one offer, several
 * requests)
 * @param participants the people who accepted, each with their role in this exchange
 */
public record IntroductionAccepted(long introductionId, long networkId, @Nullable Long knowledgeId, String subject,
		boolean collective, List<Participant> participants) {

	public IntroductionAccepted {
		participants = List.copyOf(participants);
	}

	/**
	 * One person of an accepted introduction.
	 *
	 * @param memberId the member
	 * @param role what they do in this exchange
	 */
	public record Participant(long memberId, ParticipantRole role) {
	}

}
