package org.reciproque.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.springframework.core.io.ClassPathResource;

/**
 * The French texts the data generator draws from, read from
 * {@code demo/generator-fr.txt}: shared lists ({@code @name | a ; b}) and, per
 * sub-category of the default tree, titles, skills and details.
 */
final class GeneratorTexts {

	static final String RESOURCE = "demo/generator-fr.txt";

	private static final String FIELD = "\\s\\|\\s";

	private static final String ITEM = "\\s;\\s";

	private final Map<String, List<String>> lists;

	private final List<Topic> topics;

	private final int totalWeight;

	private GeneratorTexts(Map<String, List<String>> lists, List<Topic> topics) {
		this.lists = lists;
		this.topics = topics;
		this.totalWeight = topics.stream().mapToInt(Topic::weight).sum();
	}

	static GeneratorTexts load() {
		try {
			return parse(new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static GeneratorTexts parse(String text) {
		Map<String, List<String>> lists = new HashMap<>();
		List<Topic> topics = new ArrayList<>();
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] fields = trimmed.split(FIELD, -1);
			if (trimmed.startsWith("@") && fields.length == 2) {
				lists.put(fields[0].substring(1).strip(), items(fields[1]));
			}
			else if (fields.length == 6) {
				topics.add(Topic.of(fields));
			}
			else {
				throw new IllegalStateException("Malformed line in " + RESOURCE + ": " + line);
			}
		}
		return new GeneratorTexts(lists, List.copyOf(topics));
	}

	private static List<String> items(String field) {
		return Arrays.stream(field.split(ITEM)).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

	/**
	 * A shared list, such as {@code villes} or {@code offre-debut}.
	 */
	List<String> list(String name) {
		List<String> list = this.lists.get(name);
		if (list == null || list.isEmpty()) {
			throw new IllegalStateException("No list @" + name + " in " + RESOURCE);
		}
		return list;
	}

	String any(String listName, RandomGenerator random) {
		return pick(list(listName), random);
	}

	List<Topic> topics() {
		return this.topics;
	}

	/**
	 * A sub-category, the more common ones more often.
	 */
	Topic anyTopic(RandomGenerator random) {
		int target = random.nextInt(this.totalWeight);
		for (Topic topic : this.topics) {
			target -= topic.weight();
			if (target < 0) {
				return topic;
			}
		}
		return this.topics.get(this.topics.size() - 1);
	}

	static <T> T pick(List<T> list, RandomGenerator random) {
		return list.get(random.nextInt(list.size()));
	}

	/**
	 * What people write about one sub-category.
	 *
	 * @param code the sub-category code
	 * @param weight how common it is
	 * @param titles noun-phrase titles
	 * @param skills infinitive phrases
	 * @param offerDetails sentences an offer may contain
	 * @param requestDetails sentences a request may contain
	 * @param related other codes authors sometimes tick as well
	 */
	record Topic(String code, int weight, List<String> titles, List<String> skills, List<String> offerDetails,
			List<String> requestDetails, List<String> related) {

		static Topic of(String[] fields) {
			List<String> offer = new ArrayList<>();
			List<String> request = new ArrayList<>();
			for (String detail : items(fields[4])) {
				if (detail.startsWith("O:")) {
					offer.add(detail.substring(2).strip());
				}
				else if (detail.startsWith("D:")) {
					request.add(detail.substring(2).strip());
				}
				else {
					offer.add(detail);
					request.add(detail);
				}
			}
			return new Topic(fields[0].strip(), Integer.parseInt(fields[1].strip()), items(fields[2]), items(fields[3]),
					List.copyOf(offer), List.copyOf(request), items(fields[5]));
		}

		String parentCode() {
			int slash = this.code.indexOf('/');
			return (slash < 0) ? this.code : this.code.substring(0, slash);
		}

	}

}
