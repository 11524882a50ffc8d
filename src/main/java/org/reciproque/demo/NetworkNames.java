package org.reciproque.demo;

import java.util.Set;
import java.util.random.RandomGenerator;

import org.reciproque.network.NewNetwork;

/**
 * Names the generated networks after French towns and neighbourhoods ("RERS de Nantes",
 * slug {@code rers-nantes-3}), never reusing a slug already taken.
 */
final class NetworkNames {

	private final GeneratorTexts texts;

	private final Set<String> taken;

	/**
	 * @param texts the generator's texts
	 * @param taken slugs already in use; the new ones are added to it
	 */
	NetworkNames(GeneratorTexts texts, Set<String> taken) {
		this.texts = texts;
		this.taken = taken;
	}

	Named next(RandomGenerator random) {
		String town = this.texts.any("villes", random);
		String quartier = this.texts.any("quartiers", random);
		String name = fill(this.texts.any("reseaux", random), town, quartier, random);
		String description = fill(this.texts.any("reseau-description", random), town, quartier, random) + " "
				+ fill(this.texts.any("reseau-description", random), town, quartier, random);
		String base = "rers-" + FrenchText.slug(town);
		String slug = base;
		for (int suffix = 2; !this.taken.add(slug); suffix++) {
			slug = base + "-" + suffix;
		}
		return new Named(new NewNetwork(slug, name, town + " – quartier " + quartier, description, null), town,
				quartier);
	}

	private static String fill(String template, String town, String quartier, RandomGenerator random) {
		return FrenchText
			.elide(FrenchText.variants(template, random).replace("<ville>", town).replace("<quartier>", quartier));
	}

	/**
	 * A network to create, with the place it is named after.
	 *
	 * @param command what to create
	 * @param town its town
	 * @param quartier its neighbourhood
	 */
	record Named(NewNetwork command, String town, String quartier) {
	}

}
