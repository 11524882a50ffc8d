package org.reciproque.exchange;

/**
 * Where an exchange stands: its participants agree on its terms, then it runs, and it
 * ends either done or stopped.
 */
public enum ExchangeStatus {

	/** The participants are building the terms together. */
	AGREEING_TERMS,

	/** Meetings take place. */
	RUNNING,

	/** Finished as planned. */
	DONE,

	/** Ended early (optionally with a reason). */
	STOPPED;

	public boolean isOpen() {
		return this == AGREEING_TERMS || this == RUNNING;
	}

}
