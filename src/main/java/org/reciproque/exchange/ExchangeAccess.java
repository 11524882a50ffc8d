package org.reciproque.exchange;

import org.reciproque.platform.NotFoundException;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with one exchange: its participants and the animation team read it and
 * act on it; other members of the network do not see it.
 */
@Component
class ExchangeAccess {

	private final ExchangeRepository exchanges;

	ExchangeAccess(ExchangeRepository exchanges) {
		this.exchanges = exchanges;
	}

	/**
	 * The exchange, if it belongs to the caller's network.
	 */
	Exchange load(NetworkScope scope, long id) {
		return this.exchanges.findByIdAndNetworkId(id, scope.networkId())
			.orElseThrow(() -> new NotFoundException("exchange.notFound"));
	}

	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	Exchange readable(NetworkScope scope, long id) {
		Exchange exchange = load(scope, id);
		if (!mayRead(scope, exchange)) {
			throw new AccessDeniedException("Not a participant of exchange " + id);
		}
		return exchange;
	}

	/**
	 * The exchange, if the caller may change it: an animator, or one of its participants.
	 */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	Exchange actable(NetworkScope scope, long id) {
		return readable(scope, id);
	}

	static boolean mayRead(NetworkScope scope, Exchange exchange) {
		return scope.isAnimator() || exchange.isActiveParticipant(scope.memberId());
	}

}
