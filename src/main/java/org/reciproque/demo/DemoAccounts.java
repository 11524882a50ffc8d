package org.reciproque.demo;

/**
 * The demo accounts, also printed in the README. Never use them outside a demo.
 */
final class DemoAccounts {

	static final String PASSWORD = "Tilleuls-demo-2026";

	static final String ADMIN = "admin@demo.reciproque.fr";

	static final String ANIMATOR = "animatrice@demo.reciproque.fr";

	static final String MEMBER = "membre@demo.reciproque.fr";

	static final String OTHER_NETWORK_MEMBER = "voisin@demo.reciproque.fr";

	private DemoAccounts() {
	}

}
