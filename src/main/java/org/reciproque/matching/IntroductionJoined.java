package org.reciproque.matching;

/**
 * One more requester accepted a collective introduction that was already accepted: they
 * join the exchange.
 *
 * @param introductionId the introduction
 * @param networkId its network
 * @param participant the person who joined
 */
public record IntroductionJoined(long introductionId, long networkId, IntroductionAccepted.Participant participant) {
}
