package org.reciproque.exchange;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.reciproque.TestFixtures.Person;
import org.reciproque.matching.IntroductionAccepted;
import org.reciproque.matching.ParticipantRole;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;

/**
 * Small helpers the exchange tests share: introduction ids that never collide (the
 * PostgreSQL run shares one database), scopes, JSON ids.
 */
final class ExchangeTestData {

	private static final AtomicLong INTRODUCTIONS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

	private ExchangeTestData() {
	}

	static long introductionId() {
		return INTRODUCTIONS.incrementAndGet();
	}

	static IntroductionAccepted oneToOne(NetworkView network, Person passesOn, Person learns, String subject) {
		return new IntroductionAccepted(introductionId(), network.id(), null, subject, false,
				List.of(new IntroductionAccepted.Participant(passesOn.member().id(), ParticipantRole.PASSES_ON),
						new IntroductionAccepted.Participant(learns.member().id(), ParticipantRole.LEARNS)));
	}

	static NetworkScope scope(NetworkView network, Person person) {
		return new NetworkScope(network.id(), network.slug(), network.name(), person.member().id(),
				person.member().role());
	}

	static NetworkScope animatorScope(NetworkView network, Person animator) {
		return new NetworkScope(network.id(), network.slug(), network.name(), animator.member().id(),
				NetworkRole.ANIMATOR);
	}

	static long id(String json) {
		return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
	}

}
