package org.reciproque.knowledge;

/**
 * Whether a knowledge item is offered or asked for.
 */
public enum Direction {

	/** "Je peux transmettre…" */
	OFFER,

	/** "J'aimerais apprendre…" */
	REQUEST;

	public Direction opposite() {
		return (this == OFFER) ? REQUEST : OFFER;
	}

}
