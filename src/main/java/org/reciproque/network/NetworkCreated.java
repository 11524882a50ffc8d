package org.reciproque.network;

/**
 * A network was created. Other modules give it its starting content (the default category
 * tree).
 *
 * @param networkId the new network's id
 * @param slug its slug
 */
public record NetworkCreated(long networkId, String slug) {
}
