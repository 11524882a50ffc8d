package org.reciproque.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Suggestion pages: the animator's page of the network's best pairs not proposed yet and
 * its open-reciprocity circles, and "ce qui pourrait vous intéresser" for one item.
 */
@Controller
class SuggestionController {

	static final int PAGE_SIZE = 25;

	private final NetworkSuggestions network;

	private final Suggestions suggestions;

	private final Introductions introductions;

	private final Knowledges knowledges;

	private final Memberships memberships;

	private final NetworkGuard guard;

	SuggestionController(NetworkSuggestions network, Suggestions suggestions, Introductions introductions,
			Knowledges knowledges, Memberships memberships, NetworkGuard guard) {
		this.network = network;
		this.suggestions = suggestions;
		this.introductions = introductions;
		this.knowledges = knowledges;
		this.memberships = memberships;
		this.guard = guard;
	}

	@GetMapping("/networks/{slug}/suggestions")
	String networkSuggestions(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		NetworkSuggestions.Snapshot snapshot = this.network.current(scope.networkId());
		model.addAttribute("scope", scope);
		model.addAttribute("computing", this.network.isComputing(scope.networkId()));
		if (snapshot != null) {
			// Pairs proposed since the last computation disappear at once.
			Set<String> proposed = this.introductions.pairsOf(scope.networkId());
			List<CandidatePair> open = snapshot.pairs()
				.stream()
				.filter((pair) -> !proposed.contains(pair.offer().id() + ":" + pair.request().memberId()))
				.toList();
			List<Circle> circles = snapshot.circles()
				.stream()
				.filter((circle) -> circle.links()
					.stream()
					.noneMatch((pair) -> proposed.contains(pair.offer().id() + ":" + pair.request().memberId())))
				.limit(10)
				.toList();
			int pages = Math.max(1, (open.size() + PAGE_SIZE - 1) / PAGE_SIZE);
			int current = Math.max(0, Math.min(page, pages - 1));
			List<CandidatePair> shown = open.subList(current * PAGE_SIZE,
					Math.min(open.size(), (current + 1) * PAGE_SIZE));
			List<Long> people = new ArrayList<>();
			shown.forEach((pair) -> {
				people.add(pair.offer().memberId());
				people.add(pair.request().memberId());
			});
			circles.forEach((circle) -> circle.links().forEach((pair) -> people.add(pair.offer().memberId())));
			model.addAttribute("snapshot", snapshot);
			model.addAttribute("pairs", shown);
			model.addAttribute("total", open.size());
			model.addAttribute("page", current);
			model.addAttribute("pages", pages);
			model.addAttribute("circles", circles);
			model.addAttribute("names", this.memberships.findAll(people));
		}
		return (htmx != null) ? "matching/suggestions :: results" : "matching/suggestions";
	}

	@PostMapping("/networks/{slug}/suggestions/circle")
	String proposeCircle(@PathVariable String slug, @RequestParam(defaultValue = "") List<String> pair,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		scope.requireMemberId();
		int proposed = 0;
		String problem = null;
		for (String link : pair) {
			if (link.isBlank()) {
				continue;
			}
			String[] ids = link.split(":");
			try {
				this.introductions.propose(scope,
						new ProposeIntroduction(Long.valueOf(ids[0]), List.of(Long.valueOf(ids[1])), null));
				proposed++;
			}
			catch (ConflictException ex) {
				problem = ex.messageKey();
			}
			catch (FieldErrorsException ex) {
				problem = ex.errors().get(0).messageKey();
			}
			catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
				problem = "introduction.error.unknownItem";
			}
		}
		redirect.addFlashAttribute("notice", "introduction.circle.proposed");
		redirect.addFlashAttribute("noticeArgument", proposed);
		if (problem != null) {
			redirect.addFlashAttribute("alert", problem);
		}
		return "redirect:/networks/" + slug + "/introductions";
	}

	@GetMapping("/networks/{slug}/knowledge/{id}/suggestions")
	String itemSuggestions(@PathVariable String slug, @PathVariable long id, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		KnowledgeView item = this.knowledges.get(scope, id);
		List<SuggestionView> found = this.suggestions.forItem(scope, id, 10);
		MemberView author = this.memberships.get(scope.networkId(), item.memberId());
		model.addAttribute("scope", scope);
		model.addAttribute("item", item);
		model.addAttribute("author", author);
		model.addAttribute("suggestions", found);
		return "matching/item-suggestions";
	}

}
