package org.reciproque.knowledge;

/**
 * Active items are on the board and in suggestions; paused ones wait; archived ones are
 * kept for the author's history only.
 */
public enum KnowledgeStatus {

	ACTIVE, PAUSED, ARCHIVED

}
