package org.reciproque.exchange;

import java.util.Optional;

import org.reciproque.matching.ExchangeLinks;
import org.reciproque.matching.IntroductionAccepted;
import org.reciproque.matching.IntroductionJoined;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions become exchanges: an accepted introduction creates one (once, however
 * often the event arrives), a later acceptance of a collective introduction joins it; and
 * the introductions API learns which exchange an introduction became.
 */
@Component
class IntroductionListener implements ExchangeLinks {

	private final Exchanges exchanges;

	private final ExchangeRepository repository;

	IntroductionListener(Exchanges exchanges, ExchangeRepository repository) {
		this.exchanges = exchanges;
		this.repository = repository;
	}

	@ApplicationModuleListener
	void on(IntroductionAccepted event) {
		this.exchanges.fromIntroduction(event);
	}

	@ApplicationModuleListener
	void on(IntroductionJoined event) {
		this.exchanges.join(event);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> exchangeFor(long introductionId) {
		return this.repository.findIdByIntroductionId(introductionId);
	}

}
