package org.reciproque.demo;

/**
 * A generated network, once created.
 *
 * @param id the network id
 * @param slug its slug
 * @param name its name
 * @param town its town
 * @param quartier the neighbourhood it started in
 */
record NetworkPlan(long id, String slug, String name, String town, String quartier) {
}
