package org.reciproque.exchange;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.knowledge.Format;
import org.reciproque.matching.ExchangeLinks;
import org.reciproque.matching.IntroductionAccepted;
import org.reciproque.matching.IntroductionJoined;
import org.reciproque.matching.ParticipantRole;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Introductions become exchanges through events, published after the introduction's
 * commit and handled in their own transaction: once per introduction, however often the
 * event arrives; later acceptances of a collective introduction join the exchange.
 */
@IntegrationTest
class ExchangeEventsTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ExchangeLinks links;

	@Autowired
	Exchanges exchanges;

	@Autowired
	TestFixtures fixtures;

	@Test
	void shouldCreateOneExchangePerAcceptedIntroductionEvenWhenTheEventArrivesTwice() {
		NetworkView network = this.fixtures.network();
		Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Alix Animatrice");
		Person offerer = this.fixtures.person(network, NetworkRole.MEMBER, "Rémi Guitare");
		Person learner = this.fixtures.person(network, NetworkRole.MEMBER, "Léa Débutante");
		IntroductionAccepted accepted = new IntroductionAccepted(ExchangeTestData.introductionId(), network.id(), null,
				"Guitare pour débuter", false,
				List.of(new IntroductionAccepted.Participant(offerer.member().id(), ParticipantRole.PASSES_ON),
						new IntroductionAccepted.Participant(learner.member().id(), ParticipantRole.LEARNS)));
		publish(accepted);
		publish(accepted);
		Long exchangeId = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.links.exchangeFor(accepted.introductionId()), Optional::isPresent)
			.orElseThrow();
		// let a second delivery finish too, then count
		await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
		List<ExchangeView> all = this.exchanges.list(ExchangeTestData.animatorScope(network, animator), null);
		assertThat(all).filteredOn((e) -> Long.valueOf(accepted.introductionId()).equals(e.introductionId()))
			.singleElement()
			.satisfies((exchange) -> {
				assertThat(exchange.id()).isEqualTo(exchangeId);
				assertThat(exchange.subject()).isEqualTo("Guitare pour débuter");
				assertThat(exchange.format()).isEqualTo(Format.ONE_TO_ONE);
				assertThat(exchange.status()).isEqualTo(ExchangeStatus.AGREEING_TERMS);
				assertThat(exchange.participants()).extracting(ParticipantView::memberId, ParticipantView::role)
					.containsExactlyInAnyOrder(
							org.assertj.core.groups.Tuple.tuple(offerer.member().id(), ParticipantRole.PASSES_ON),
							org.assertj.core.groups.Tuple.tuple(learner.member().id(), ParticipantRole.LEARNS));
			});
	}

	@Test
	void shouldLetLaterAcceptancesJoinACollectiveExchange() {
		NetworkView network = this.fixtures.network();
		Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Alix Animatrice");
		Person offerer = this.fixtures.person(network, NetworkRole.MEMBER, "Inès Tricot");
		Person first = this.fixtures.person(network, NetworkRole.MEMBER, "Paul Premier");
		Person later = this.fixtures.person(network, NetworkRole.MEMBER, "Zoé Ensuite");
		long introductionId = ExchangeTestData.introductionId();
		publish(new IntroductionAccepted(introductionId, network.id(), null, "Tricot en groupe", true,
				List.of(new IntroductionAccepted.Participant(offerer.member().id(), ParticipantRole.PASSES_ON),
						new IntroductionAccepted.Participant(first.member().id(), ParticipantRole.LEARNS))));
		long exchangeId = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.links.exchangeFor(introductionId), Optional::isPresent)
			.orElseThrow();
		IntroductionJoined joined = new IntroductionJoined(introductionId, network.id(),
				new IntroductionAccepted.Participant(later.member().id(), ParticipantRole.LEARNS));
		publish(joined);
		publish(joined);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.exchanges.get(ExchangeTestData.animatorScope(network, animator), exchangeId)
				.isParticipant(later.member().id()));
		ExchangeView exchange = this.exchanges.get(ExchangeTestData.animatorScope(network, animator), exchangeId);
		assertThat(exchange.format()).isEqualTo(Format.GROUP);
		assertThat(exchange.participants()).hasSize(3);
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

}
