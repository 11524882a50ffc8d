package org.reciproque.knowledge;

/**
 * An offer or request was written, edited, paused, archived or deleted. Other modules
 * (the matcher's index) catch up.
 *
 * @param id the item
 * @param networkId its network
 * @param deleted whether it is gone
 */
public record KnowledgeChanged(long id, long networkId, boolean deleted) {
}
