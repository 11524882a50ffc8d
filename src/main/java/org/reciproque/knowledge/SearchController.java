package org.reciproque.knowledge;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Searching offers and requests, in one's network or in every network that shares them.
 * One handler serves the whole page and, for the search form's htmx requests, only the
 * results.
 */
@Controller
class SearchController {

	static final int PAGE_SIZE = 20;

	private final KnowledgeSearch search;

	private final SearchResultsPresenter presenter;

	private final NetworkGuard guard;

	SearchController(KnowledgeSearch search, SearchResultsPresenter presenter, NetworkGuard guard) {
		this.search = search;
		this.presenter = presenter;
		this.guard = guard;
	}

	@GetMapping("/networks/{slug}/search")
	String search(@PathVariable String slug, @ModelAttribute("form") SearchForm form,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-Boosted", required = false) @Nullable String boosted,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
			HttpServletResponse response, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		KnowledgeSearch.Results results = this.search.search(form.toQuery(scope.networkId(), PAGE_SIZE));
		model.addAttribute("scope", scope);
		model.addAttribute("results", this.presenter.present(scope, form, results, PAGE_SIZE));
		model.addAttribute("directions", Direction.values());
		// The same address answers with a page or a fragment: caches must tell them
		// apart.
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		// Boosted links and history restoration replace the whole page: they need all of
		// it.
		boolean fragment = htmx != null && boosted == null && historyRestore == null;
		return fragment ? "knowledge/search :: results" : "knowledge/search";
	}

}
