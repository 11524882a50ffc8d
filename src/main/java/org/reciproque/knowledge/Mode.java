package org.reciproque.knowledge;

/**
 * In person, remote, or either.
 */
public enum Mode {

	IN_PERSON, REMOTE, BOTH;

	/**
	 * Whether two people with these modes can meet one way or another.
	 */
	public boolean isCompatibleWith(Mode other) {
		return this == BOTH || other == BOTH || this == other;
	}

}
