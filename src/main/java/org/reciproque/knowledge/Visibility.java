package org.reciproque.knowledge;

/**
 * Who may find an item: the author's network only (the default), or other networks too.
 */
public enum Visibility {

	NETWORK, ALL_NETWORKS

}
