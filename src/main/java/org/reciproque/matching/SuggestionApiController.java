package org.reciproque.matching;

import java.util.List;

import org.reciproque.knowledge.Direction;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions in the JSON API.
 */
@RestController
class SuggestionApiController {

	private final Suggestions suggestions;

	private final NetworkGuard guard;

	SuggestionApiController(Suggestions suggestions, NetworkGuard guard) {
		this.suggestions = suggestions;
		this.guard = guard;
	}

	@GetMapping("/api/v1/networks/{slug}/knowledge/{id}/suggestions")
	List<Item> suggestions(@PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "10") int limit) {
		return this.suggestions.forItem(this.guard.require(slug, NetworkRole.MEMBER), id, limit)
			.stream()
			.map((suggestion) -> new Item(suggestion.id(), suggestion.direction(), suggestion.title(),
					suggestion.network(), suggestion.score(), suggestion.reasons()))
			.toList();
	}

	/**
	 * One suggestion, as the API shows it.
	 *
	 * @param id the suggested item
	 * @param direction its direction
	 * @param title its title
	 * @param network its network's slug
	 * @param score confidence in [0, 1]
	 * @param reasons why, in French
	 */
	record Item(long id, Direction direction, String title, String network, double score, List<String> reasons) {
	}

}
