package org.reciproque.matching.internal.evaluation;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An evaluation data set, in the format described in {@code shared/datasets/README.md}.
 *
 * @param name the set's name
 * @param offers the items to suggest
 * @param requests the requests, each with its labelled answers
 */
public record Dataset(String name, List<Item> offers, List<Request> requests) {

	public Dataset {
		offers = List.copyOf(offers);
		requests = List.copyOf(requests);
	}

	/**
	 * Reads a data set file.
	 */
	public static Dataset read(Path path) {
		return parse(JsonMapper.shared().readTree(path));
	}

	/**
	 * Reads a data set from a stream (e.g. an uploaded file or a classpath resource).
	 */
	public static Dataset read(InputStream in) {
		return parse(JsonMapper.shared().readTree(in));
	}

	private static Dataset parse(JsonNode root) {
		List<Item> offers = new ArrayList<>();
		for (JsonNode offer : root.path("offers")) {
			offers.add(new Item(text(offer, "id"), text(offer, "title"), text(offer, "description")));
		}
		List<Request> requests = new ArrayList<>();
		for (JsonNode request : root.path("requests")) {
			Map<String, Integer> relevant = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> grade : request.path("relevant").properties()) {
				relevant.put(grade.getKey(), grade.getValue().asInt());
			}
			requests
				.add(new Request(text(request, "id"), text(request, "title"), text(request, "description"), relevant));
		}
		return new Dataset(text(root, "name"), offers, requests);
	}

	private static String text(JsonNode node, String field) {
		return node.path(field).asString("");
	}

	/**
	 * The same offers with only the requests in [from, to), for held-out checks.
	 */
	public Dataset slice(int from, int to) {
		return new Dataset(this.name + "[" + from + "," + to + ")", this.offers, this.requests.subList(from, to));
	}

	/**
	 * An offer.
	 *
	 * @param id its identifier
	 * @param title its title
	 * @param description its description
	 */
	public record Item(String id, String title, String description) {
	}

	/**
	 * A request with its graded relevant offers (empty when nothing answers it).
	 *
	 * @param id its identifier
	 * @param title its title
	 * @param description its description
	 * @param relevant grade (1 partly useful, 2 answers well) of each relevant offer
	 */
	public record Request(String id, String title, String description, Map<String, Integer> relevant) {

		public Request {
			relevant = Map.copyOf(relevant);
		}

		/**
		 * Whether some offer answers the request.
		 */
		public boolean answerable() {
			return !this.relevant.isEmpty();
		}

	}

}
