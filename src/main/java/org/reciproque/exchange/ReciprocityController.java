package org.reciproque.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The network's reciprocity page (names for animators only, anonymous for members), the
 * graph's data it loads, and the dismissal of a member's reciprocity prompt.
 */
@Controller
class ReciprocityController {

	private final NetworkReciprocity reciprocity;

	private final MemberReciprocity memberReciprocity;

	private final NetworkGuard guard;

	private final MessageSource messages;

	ReciprocityController(NetworkReciprocity reciprocity, MemberReciprocity memberReciprocity, NetworkGuard guard,
			MessageSource messages) {
		this.reciprocity = reciprocity;
		this.memberReciprocity = memberReciprocity;
		this.guard = guard;
		this.messages = messages;
	}

	@GetMapping("/networks/{slug}/reciprocity")
	String page(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		NetworkReciprocity.View view = view(scope);
		model.addAttribute("scope", scope);
		model.addAttribute("view", view);
		model.addAttribute("people", people(view));
		return "exchange/reciprocity";
	}

	/**
	 * The graph drawn on the page, loaded by its script: the same people and links as the
	 * page's text, under the same rule (names for animators only).
	 */
	@GetMapping(path = "/networks/{slug}/reciprocity/graph", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> graph(@PathVariable String slug) {
		return graph(view(this.guard.require(slug, NetworkRole.MEMBER)));
	}

	@PostMapping("/networks/{slug}/reciprocity/prompts/{prompt}/dismiss")
	String dismiss(@PathVariable String slug, @PathVariable String prompt,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		long memberId = scope.requireMemberId();
		this.memberReciprocity.dismiss(memberId, prompt);
		if (htmx != null) {
			return "exchange/member-reciprocity :: dismissed";
		}
		return "redirect:/networks/" + slug + "/members/" + memberId;
	}

	private NetworkReciprocity.View view(NetworkScope scope) {
		return this.reciprocity.of(scope, message("exchange.reciprocity.person"),
				message("exchange.reciprocity.former"), message("exchange.reciprocity.you"));
	}

	/**
	 * The text alternative of the graph: for each person, to whom they passed something
	 * on and from whom they received, with the knowledge (animators only) and the number
	 * of exchanges when there were several. Written here as plain strings: a table of one
	 * row per person stays small and quick to render where one row per link did not
	 * (1,800 links for 500 members).
	 */
	private List<PersonRow> people(NetworkReciprocity.View view) {
		Map<String, List<String>> passedOnTo = new HashMap<>();
		Map<String, List<String>> receivedFrom = new HashMap<>();
		for (NetworkReciprocity.Edge edge : view.edges()) {
			passedOnTo.computeIfAbsent(edge.from().key(), (k) -> new ArrayList<>()).add(describe(edge.to(), edge));
			receivedFrom.computeIfAbsent(edge.to().key(), (k) -> new ArrayList<>()).add(describe(edge.from(), edge));
		}
		return view.nodes()
			.stream()
			.map((n) -> new PersonRow(n.label(), String.join(", ", passedOnTo.getOrDefault(n.key(), List.of())),
					String.join(", ", receivedFrom.getOrDefault(n.key(), List.of()))))
			.toList();
	}

	private String describe(NetworkReciprocity.Node other, NetworkReciprocity.Edge edge) {
		List<String> details = new ArrayList<>(edge.subjects());
		if (edge.exchanges() > 1) {
			details.add(this.messages.getMessage("exchange.reciprocity.exchanges", new Object[] { edge.exchanges() },
					LocaleContextHolder.getLocale()));
		}
		return details.isEmpty() ? other.label() : other.label() + " (" + String.join(", ", details) + ")";
	}

	/**
	 * One person in the text alternative.
	 *
	 * @param label their name, or "Personne n"
	 * @param passedOnTo to whom they passed something on, empty if nobody
	 * @param receivedFrom from whom they received, empty if nobody
	 */
	public record PersonRow(String label, String passedOnTo, String receivedFrom) {
	}

	private static Map<String, Object> graph(NetworkReciprocity.View view) {
		Map<String, Object> graph = new LinkedHashMap<>();
		graph.put("nodes",
				view.nodes()
					.stream()
					.map((n) -> Map.of("id", n.key(), "label", n.label(), "you", n.you(), "gave", n.gave(), "received",
							n.received()))
					.toList());
		graph.put("edges",
				view.edges()
					.stream()
					.map((e) -> Map.of("source", e.from().key(), "target", e.to().key(), "weight", e.exchanges()))
					.toList());
		return graph;
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
