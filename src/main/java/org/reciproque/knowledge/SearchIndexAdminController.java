package org.reciproque.knowledge;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The state of the search index and its rebuild, for platform administrators (the
 * security configuration restricts {@code /admin/**} to them).
 */
@Controller
class SearchIndexAdminController {

	private final SearchIndexCounts counts;

	private final SearchIndexRebuild rebuild;

	private final Clock clock;

	SearchIndexAdminController(SearchIndexCounts counts, SearchIndexRebuild rebuild, Clock clock) {
		this.counts = counts;
		this.rebuild = rebuild;
		this.clock = clock;
	}

	@GetMapping("/admin/search")
	String show(Model model) {
		return state(model, "knowledge/search-admin");
	}

	/**
	 * Polled every second by the page while a rebuild runs; without JavaScript, the page
	 * itself.
	 */
	@GetMapping("/admin/search/progress")
	String progress(@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		return state(model, (htmx != null) ? "knowledge/search-admin :: state" : "knowledge/search-admin");
	}

	@PostMapping("/admin/search/rebuild")
	String rebuild(RedirectAttributes redirect) {
		if (this.rebuild.start()) {
			redirect.addFlashAttribute("notice", "search.admin.rebuild.started");
		}
		else {
			redirect.addFlashAttribute("alert", "search.admin.rebuild.alreadyRunning");
		}
		return "redirect:/admin/search";
	}

	private String state(Model model, String view) {
		model.addAttribute("counts", this.counts.count());
		model.addAttribute("progress", this.rebuild.progress());
		model.addAttribute("now", this.clock.instant());
		return view;
	}

}
