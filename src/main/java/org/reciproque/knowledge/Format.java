package org.reciproque.knowledge;

/**
 * How people would like to exchange.
 */
public enum Format {

	/** De gré à gré. */
	ONE_TO_ONE,

	/** En groupe. */
	GROUP,

	/** Échange de pratiques. */
	PRACTICE_SHARING,

	/** Groupe de parole. */
	TALKING_GROUP

}
