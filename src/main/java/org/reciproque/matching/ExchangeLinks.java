package org.reciproque.matching;

import java.util.Optional;

/**
 * Implemented by the exchange module: which exchange an accepted introduction became. The
 * introduction API shows it as {@code exchangeId}; the dependency points from exchanges
 * to introductions, never back.
 */
public interface ExchangeLinks {

	/**
	 * The exchange created from this introduction, if any yet.
	 */
	Optional<Long> exchangeFor(long introductionId);

}
