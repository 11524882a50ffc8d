package org.reciproque.platform.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page: links that switch language while keeping the page
 * and its parameters (a magic-link token, a "next" address).
 */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		return Map.of("fr", withLanguage(request, "fr"), "en", withLanguage(request, "en"));
	}

	static String withLanguage(HttpServletRequest request, String language) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original != null) ? original.toString() : request.getRequestURI();
		String query = (original != null) ? null : request.getQueryString();
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang", language)
			.build(true)
			.toUriString();
	}

}
