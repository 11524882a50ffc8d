package org.reciproque.knowledge;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page's parameters, as typed in the address bar or sent by its form. Kept as
 * text and read leniently: a hand-edited address with an unknown direction or a page
 * number that is not one searches without that filter instead of failing. Its methods are
 * public because the search page calls them.
 *
 * @param q the words searched
 * @param scope {@code network} (default) or {@code all}
 * @param direction {@code OFFER}, {@code REQUEST}, or empty for both
 * @param category a category code, or empty
 * @param page the page number, from 1
 */
record SearchForm(@Nullable String q, @Nullable String scope, @Nullable String direction, @Nullable String category,
		@Nullable String page) {

	/** Longer queries are cut: nobody types more, and each word costs a fuzzy query. */
	static final int MAX_QUERY_LENGTH = 200;

	/** Deep pages are refused: nobody reads them, and offsets must stay small. */
	static final int MAX_PAGE = 500;

	static final String ALL_NETWORKS = "all";

	public @Nullable String text() {
		if (this.q == null || this.q.isBlank()) {
			return null;
		}
		String text = this.q.strip();
		return (text.length() > MAX_QUERY_LENGTH) ? text.substring(0, MAX_QUERY_LENGTH) : text;
	}

	public boolean allNetworks() {
		return ALL_NETWORKS.equals(this.scope);
	}

	public @Nullable Direction directionValue() {
		if (this.direction == null || this.direction.isBlank()) {
			return null;
		}
		try {
			return Direction.valueOf(this.direction.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public @Nullable String categoryValue() {
		return (this.category == null || this.category.isBlank()) ? null : this.category.strip();
	}

	/**
	 * The page asked for, from 1.
	 */
	public int pageNumber() {
		try {
			int number = (this.page != null) ? Integer.parseInt(this.page.strip()) : 1;
			return Math.min(Math.max(number, 1), MAX_PAGE);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	public boolean hasFilters() {
		return text() != null || directionValue() != null || categoryValue() != null;
	}

	KnowledgeSearch.Query toQuery(long networkId, int pageSize) {
		return new KnowledgeSearch.Query(networkId, allNetworks(), text(), directionValue(), categoryValue(),
				pageNumber() - 1, pageSize);
	}

	public SearchForm withCategory(@Nullable String code) {
		return new SearchForm(this.q, this.scope, this.direction, code, null);
	}

	public SearchForm withDirection(@Nullable Direction newDirection) {
		return new SearchForm(this.q, this.scope, (newDirection != null) ? newDirection.name() : null, this.category,
				null);
	}

	public SearchForm withScope(String newScope) {
		return new SearchForm(this.q, newScope, this.direction, this.category, null);
	}

	public SearchForm withPage(int number) {
		return new SearchForm(this.q, this.scope, this.direction, this.category, String.valueOf(number));
	}

	/**
	 * This search's address in the network (without the context path: templates add it
	 * with {@code @{...}}), with empty parameters left out.
	 */
	public String href(String slug) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("slug", slug);
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/networks/{slug}/search");
		queryParam(uri, values, "q", text());
		queryParam(uri, values, "scope", allNetworks() ? ALL_NETWORKS : null);
		Direction value = directionValue();
		queryParam(uri, values, "direction", (value != null) ? value.name() : null);
		queryParam(uri, values, "category", categoryValue());
		queryParam(uri, values, "page", (pageNumber() > 1) ? String.valueOf(pageNumber()) : null);
		// Values are expanded into a pre-encoded template, so that typed braces, '&' or
		// '#' are encoded rather than taken for URI syntax.
		return uri.encode().buildAndExpand(values).toUriString();
	}

	private static void queryParam(UriComponentsBuilder uri, Map<String, String> values, String name,
			@Nullable String value) {
		if (value != null) {
			uri.queryParam(name, "{" + name + "}");
			values.put(name, value);
		}
	}

	static SearchForm empty() {
		return new SearchForm(null, null, null, null, null);
	}

}
