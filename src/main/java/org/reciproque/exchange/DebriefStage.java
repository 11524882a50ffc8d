package org.reciproque.exchange;

/**
 * When a debrief is written: midway through a running exchange, or at its end.
 */
public enum DebriefStage {

	MIDWAY, FINAL

}
