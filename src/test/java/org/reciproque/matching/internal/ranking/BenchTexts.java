package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offers and requests written from the data generator's texts
 * ({@code demo/generator-fr.txt}, read only): the same topics, titles, skills and
 * sentences, in a simpler composition, with the occasional typo. Enough to give the speed
 * benchmark the vocabulary and lengths of real items.
 */
final class BenchTexts {

	private static final String RESOURCE = "/demo/generator-fr.txt";

	private static final Pattern VARIANTS = Pattern.compile("\\{([^{}]*)\\}");

	private static final Pattern GENDERED = Pattern.compile("<([^<>/]+)/([^<>/]+)>");

	private final Map<String, List<String>> lists = new HashMap<>();

	private final List<String[]> topics = new ArrayList<>();

	private BenchTexts() {
	}

	static BenchTexts load() {
		BenchTexts texts = new BenchTexts();
		try (InputStream in = Objects.requireNonNull(BenchTexts.class.getResourceAsStream(RESOURCE), RESOURCE)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] fields = line.strip().split("\\s\\|\\s", -1);
				if (line.startsWith("@") && fields.length == 2) {
					texts.lists.put(fields[0].substring(1).strip(), items(fields[1]));
				}
				else if (!line.startsWith("#") && fields.length == 6) {
					texts.topics.add(fields);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texts;
	}

	private static List<String> items(String field) {
		return Arrays.stream(field.split("\\s;\\s")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

	/**
	 * One item's title and description.
	 */
	String[] item(boolean offer, String town, RandomGenerator random) {
		String[] topic = this.topics.get(random.nextInt(this.topics.size()));
		String skill = pick(items(topic[3]), random);
		String title = fill(pick(this.lists.get(offer ? "titre-offre" : "titre-demande"), random), topic, skill, town,
				random);
		StringBuilder description = new StringBuilder(fill(
				pick(this.lists.get(offer ? "offre-debut" : "demande-debut"), random), topic, skill, town, random));
		List<String> details = items(topic[4]).stream()
			.filter((detail) -> !detail.startsWith(offer ? "D:" : "O:"))
			.map((detail) -> detail.replaceFirst("^[OD]:", ""))
			.toList();
		if (!details.isEmpty()) {
			description.append(' ').append(fill(pick(details, random), topic, skill, town, random));
		}
		if (random.nextBoolean()) {
			description.append(' ').append(fill(pick(this.lists.get("contexte"), random), topic, skill, town, random));
		}
		String text = description.toString();
		return new String[] { title, (random.nextInt(100) < 12) ? typo(text, random) : text };
	}

	private String fill(String template, String[] topic, String skill, String town, RandomGenerator random) {
		String text = variants(template, random).replace("<savoir>", skill)
			.replace("<Savoir>", Character.toUpperCase(skill.charAt(0)) + skill.substring(1))
			.replace("<ville>", town)
			.replace("<quartier>", "centre-ville")
			.replace("<Titre>", variants(pick(items(topic[2]), random), random))
			.replace("<e>", "");
		return GENDERED.matcher(text).replaceAll("$1");
	}

	private static String variants(String text, RandomGenerator random) {
		Matcher matcher = VARIANTS.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String[] choices = matcher.group(1).split("\\|", -1);
			matcher.appendReplacement(result, Matcher.quoteReplacement(choices[random.nextInt(choices.length)]));
		}
		return matcher.appendTail(result).toString();
	}

	/**
	 * Two neighbouring letters swapped in one long word.
	 */
	private static String typo(String text, RandomGenerator random) {
		Matcher words = Pattern.compile("\\p{L}{6,}").matcher(text);
		List<Integer> starts = new ArrayList<>();
		while (words.find()) {
			starts.add(words.start());
		}
		if (starts.isEmpty()) {
			return text;
		}
		int at = starts.get(random.nextInt(starts.size())) + 2;
		char[] chars = text.toCharArray();
		char c = chars[at];
		chars[at] = chars[at + 1];
		chars[at + 1] = c;
		return new String(chars);
	}

	String town(int network) {
		List<String> towns = this.lists.get("villes");
		return towns.get(network % towns.size());
	}

	private static <T> T pick(List<T> list, RandomGenerator random) {
		return list.get(random.nextInt(list.size()));
	}

}
