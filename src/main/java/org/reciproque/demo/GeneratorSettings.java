package org.reciproque.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the data generator makes ({@code reciproque.generator.*}); it runs only when
 * {@code networks} is given.
 *
 * @param networks how many networks to create; 0 only rebuilds the search index
 * @param members members without account per network (each network also gets one animator
 * with an account)
 * @param itemsPerMember offers and requests per member on average (the exact total per
 * network is {@code members × itemsPerMember}, unevenly spread as in real networks)
 * @param boardPublic whether the generated networks publish their board to visitors
 * @param inactivePercent share of items paused or archived, in percent
 * @param seed seed of the random choices: the same settings give the same data
 * @param reindex whether to rebuild the search index at the end
 * @param password the password of every generated animator account
 * @param exit whether to stop the application when done even if it runs a web server
 * (without a web server it always stops)
 */
@ConfigurationProperties("reciproque.generator")
record GeneratorSettings(@Nullable Integer networks, @DefaultValue("50") int members,
		@DefaultValue("10") int itemsPerMember, @DefaultValue("false") boolean boardPublic,
		@DefaultValue("10") int inactivePercent, @DefaultValue("42") long seed, @DefaultValue("true") boolean reindex,
		@DefaultValue("Echanges-de-savoirs-2026") String password, @DefaultValue("false") boolean exit) {

	GeneratorSettings {
		if (members < 0 || itemsPerMember < 0 || (networks != null && networks < 0)) {
			throw new IllegalArgumentException("reciproque.generator.* counts must not be negative");
		}
		if (inactivePercent < 0 || inactivePercent > 100) {
			throw new IllegalArgumentException("reciproque.generator.inactive-percent must be between 0 and 100");
		}
	}

	int networkCount() {
		return (this.networks != null) ? this.networks : 0;
	}

}
