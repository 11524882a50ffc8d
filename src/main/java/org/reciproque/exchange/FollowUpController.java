package org.reciproque.exchange;

import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Format;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The animation team's follow-up page: filter by category, format and name; the list is
 * also served alone to htmx, so that filtering does not reload the page.
 */
@Controller
class FollowUpController {

	private final FollowUp followUp;

	private final Networks networks;

	private final NetworkGuard guard;

	FollowUpController(FollowUp followUp, Networks networks, NetworkGuard guard) {
		this.followUp = followUp;
		this.networks = networks;
		this.guard = guard;
	}

	@GetMapping("/networks/{slug}/follow-up")
	String page(@PathVariable String slug, @RequestParam(required = false) @Nullable FollowUpCategory show,
			@RequestParam(required = false) @Nullable Format format, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		NetworkView network = this.networks.get(slug);
		model.addAttribute("scope", scope);
		model.addAttribute("network", network);
		model.addAttribute("show", show);
		model.addAttribute("format", format);
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("result", this.followUp.page(network, show, format, q, page));
		model.addAttribute("zone", network.zone());
		return (htmx != null) ? "exchange/follow-up :: results" : "exchange/follow-up";
	}

}
