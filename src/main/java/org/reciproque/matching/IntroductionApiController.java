package org.reciproque.matching;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Introductions in the JSON API. The resource shows contact details only as the consent
 * rules allow, whoever asks.
 */
@RestController
@RequestMapping("/api/v1/networks/{slug}/introductions")
class IntroductionApiController {

	private final Introductions introductions;

	private final NetworkGuard guard;

	IntroductionApiController(Introductions introductions, NetworkGuard guard) {
		this.introductions = introductions;
		this.guard = guard;
	}

	@PostMapping
	ResponseEntity<IntroductionView> propose(@PathVariable String slug, @Valid @RequestBody ProposeIntroduction body) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		IntroductionView created = this.introductions.propose(scope, body);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/introductions/" + created.id()))
			.body(created);
	}

	@PostMapping("/direct")
	ResponseEntity<IntroductionView> proposeDirect(@PathVariable String slug,
			@Valid @RequestBody DirectIntroduction body) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		IntroductionView created = this.introductions.proposeDirect(scope, body);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/introductions/" + created.id()))
			.body(created);
	}

	@GetMapping
	List<IntroductionView> list(@PathVariable String slug,
			@RequestParam(required = false) @Nullable List<String> status) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		Set<IntroductionStatus> statuses = EnumSet.noneOf(IntroductionStatus.class);
		if (status != null) {
			status.forEach((name) -> IntroductionStatus.named(name).ifPresent(statuses::add));
		}
		return this.introductions.list(scope, statuses);
	}

	@GetMapping("/{id}")
	IntroductionView get(@PathVariable String slug, @PathVariable long id) {
		return this.introductions.get(this.guard.require(slug, NetworkRole.MEMBER), id);
	}

	@PostMapping("/{id}/consents")
	IntroductionView answer(@PathVariable String slug, @PathVariable long id, @Valid @RequestBody ConsentAnswer body) {
		return this.introductions.answer(this.guard.require(slug, NetworkRole.MEMBER), id, body);
	}

	@PostMapping("/{id}/cancel")
	IntroductionView cancel(@PathVariable String slug, @PathVariable long id) {
		return this.introductions.cancel(this.guard.require(slug, NetworkRole.ANIMATOR), id);
	}

}
