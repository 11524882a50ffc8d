package org.reciproque.exchange;

import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.ReciproqueProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calendars: a member's private feed (its page, renewing and revoking its address, and
 * the feed itself, open to whoever holds the address), and one exchange's meetings as a
 * download.
 */
@Controller
class CalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	private final NetworkGuard guard;

	private final ReciproqueProperties properties;

	CalendarController(CalendarFeeds feeds, NetworkGuard guard, ReciproqueProperties properties) {
		this.feeds = feeds;
		this.guard = guard;
		this.properties = properties;
	}

	@GetMapping("/networks/{slug}/calendar")
	String page(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		long memberId = scope.requireMemberId();
		model.addAttribute("scope", scope);
		model.addAttribute("feedUrl",
				this.feeds.tokenOf(memberId)
					.map((token) -> this.properties.baseUrl() + "/calendar/" + token + ".ics")
					.orElse(null));
		return "exchange/calendar";
	}

	@PostMapping("/networks/{slug}/calendar/renew")
	String renew(@PathVariable String slug, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		this.feeds.renew(scope.requireMemberId());
		redirect.addFlashAttribute("notice", "exchange.calendar.renewed");
		return "redirect:/networks/" + slug + "/calendar";
	}

	@PostMapping("/networks/{slug}/calendar/revoke")
	String revoke(@PathVariable String slug, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		this.feeds.revoke(scope.requireMemberId());
		redirect.addFlashAttribute("notice", "exchange.calendar.revoked");
		return "redirect:/networks/" + slug + "/calendar";
	}

	/**
	 * The private feed: the token is the credential, an unknown or revoked one is a 404.
	 */
	@GetMapping("/calendar/{token}.ics")
	@ResponseBody
	ResponseEntity<String> feed(@PathVariable String token) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Robots-Tag", "noindex")
			.body(this.feeds.feed(token));
	}

	@GetMapping("/networks/{slug}/exchanges/{id}/calendar.ics")
	@ResponseBody
	ResponseEntity<String> exchange(@PathVariable String slug, @PathVariable long id) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"echange-" + id + ".ics\"")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(this.feeds.exchange(scope, id));
	}

}
