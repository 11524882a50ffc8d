package org.reciproque.knowledge;

/**
 * Part of the day someone is available.
 */
public enum DayPart {

	MORNING, AFTERNOON, EVENING

}
