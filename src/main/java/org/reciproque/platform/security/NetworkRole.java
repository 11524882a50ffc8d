package org.reciproque.platform.security;

/**
 * A person's role inside one network. Roles are per network: the same account can animate
 * one network and simply be a member of another.
 */
public enum NetworkRole {

	/** Takes part: offers, asks, exchanges. */
	MEMBER,

	/**
	 * Belongs to the animation team: welcomes, enters knowledge for others, introduces.
	 */
	ANIMATOR,

	/** Network administrator: settings, charter, the animation team. */
	ADMIN;

	/**
	 * Whether this role grants at least what {@code other} grants.
	 */
	public boolean includes(NetworkRole other) {
		return this.ordinal() >= other.ordinal();
	}

}
