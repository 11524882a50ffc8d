package org.reciproque.knowledge;

/**
 * What kind of knowledge it is; none is worth more than another.
 */
public enum Nature {

	KNOWLEDGE, KNOW_HOW, LIVED_EXPERIENCE

}
