package org.reciproque.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network's reciprocity page (names for animators only, anonymous for members), and
 * the dismissal of a member's reciprocity prompt.
 */
@Controller
class ReciprocityController {

	private final NetworkReciprocity reciprocity;

	private final MemberReciprocity memberReciprocity;

	private final NetworkGuard guard;

	private final MessageSource messages;

	private final JsonMapper json;

	ReciprocityController(NetworkReciprocity reciprocity, MemberReciprocity memberReciprocity, NetworkGuard guard,
			MessageSource messages, JsonMapper json) {
		this.reciprocity = reciprocity;
		this.memberReciprocity = memberReciprocity;
		this.guard = guard;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/networks/{slug}/reciprocity")
	String page(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		NetworkReciprocity.View view = this.reciprocity.of(scope, message("exchange.reciprocity.person"),
				message("exchange.reciprocity.former"), message("exchange.reciprocity.you"));
		model.addAttribute("scope", scope);
		model.addAttribute("view", view);
		model.addAttribute("graph", this.json.writeValueAsString(graph(view)));
		return "exchange/reciprocity";
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
