package org.reciproque.exchange;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.platform.web.FieldErrorsException.FieldErrorMessage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exchanges in the JSON API: read them, co-build their terms, record meetings, move them
 * on, debrief.
 */
@RestController
@RequestMapping("/api/v1/networks/{slug}/exchanges")
class ExchangeApiController {

	private final Exchanges exchanges;

	private final TermsEditor terms;

	private final Meetings meetings;

	private final Debriefs debriefs;

	private final Networks networks;

	private final NetworkGuard guard;

	private final MessageSource messages;

	private final jakarta.validation.Validator validator;

	ExchangeApiController(Exchanges exchanges, TermsEditor terms, Meetings meetings, Debriefs debriefs,
			Networks networks, NetworkGuard guard, MessageSource messages, jakarta.validation.Validator validator) {
		this.validator = validator;
		this.exchanges = exchanges;
		this.terms = terms;
		this.meetings = meetings;
		this.debriefs = debriefs;
		this.networks = networks;
		this.guard = guard;
		this.messages = messages;
	}

	@GetMapping
	List<ExchangeJson.Exchange> list(@PathVariable String slug,
			@RequestParam(name = "status", required = false) @Nullable String requested) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ZoneId zone = zone(slug);
		ExchangeStatus status = ExchangeController.statusOf(requested);
		if (requested != null && !requested.isBlank() && status == null) {
			throw FieldErrorsException.of("status", "exchange.status.invalid");
		}
		if (!scope.isAnimator() && scope.memberId() == null) {
			return List.of();
		}
		return this.exchanges.list(scope, status).stream().map((e) -> ExchangeJson.Exchange.of(e, zone)).toList();
	}

	/**
	 * An exchange that started outside the software (animators).
	 */
	@PostMapping
	ResponseEntity<ExchangeJson.Exchange> create(@PathVariable String slug, @RequestBody NewExchange body) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		var violations = this.validator.validate(body);
		if (!violations.isEmpty()) {
			throw new jakarta.validation.ConstraintViolationException(violations);
		}
		ExchangeView created = this.exchanges.create(scope, body);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/exchanges/" + created.id()))
			.body(ExchangeJson.Exchange.of(created, zone(slug)));
	}

	@GetMapping("/{id}")
	ExchangeJson.Exchange get(@PathVariable String slug, @PathVariable long id) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		return ExchangeJson.Exchange.of(this.exchanges.get(scope, id), zone(slug));
	}

	/**
	 * A new version of the terms; {@code version} is the version the caller started from
	 * (0 or absent before the first). 409 when someone saved another one meanwhile.
	 */
	@PutMapping("/{id}/terms")
	ExchangeJson.Exchange putTerms(@PathVariable String slug, @PathVariable long id,
			@Valid @RequestBody ExchangeJson.TermsRequest body) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		int base = (body.version() != null) ? body.version() : 0;
		this.terms.save(scope, id, body.text(), base, body.memberId());
		return ExchangeJson.Exchange.of(this.exchanges.get(scope, id), zone(slug));
	}

	@PostMapping("/{id}/meetings")
	ResponseEntity<ExchangeJson.Meeting> addMeeting(@PathVariable String slug, @PathVariable long id,
			@Valid @RequestBody ExchangeJson.MeetingRequest body) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ZoneId zone = zone(slug);
		List<FieldErrorMessage> errors = new ArrayList<>();
		Instant startsAt = parse(body.startsAt(), "startsAt", zone, true, errors);
		Instant endsAt = parse(body.endsAt(), "endsAt", zone, false, errors);
		if (!errors.isEmpty() || startsAt == null) {
			throw new FieldErrorsException(errors);
		}
		MeetingView meeting = this.meetings.add(scope, id,
				new MeetingCommand(startsAt, endsAt, MeetingController.blankToNull(body.place()),
						MeetingController.blankToNull(body.link()), MeetingController.blankToNull(body.notes()),
						Boolean.TRUE.equals(body.held()),
						new HashSet<>((body.attendees() != null) ? body.attendees() : List.of())));
		return ResponseEntity
			.created(URI.create("/api/v1/networks/" + slug + "/exchanges/" + id + "/meetings/" + meeting.id()))
			.body(ExchangeJson.Meeting.of(meeting, zone));
	}

	@PostMapping("/{id}/status")
	ExchangeJson.Exchange changeStatus(@PathVariable String slug, @PathVariable long id,
			@Valid @RequestBody ExchangeJson.StatusRequest body) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ExchangeStatus status = java.util.Objects.requireNonNull(body.status());
		return ExchangeJson.Exchange.of(this.exchanges.changeStatus(scope, id, status, body.reason()), zone(slug));
	}

	@GetMapping("/{id}/debriefs")
	List<ExchangeJson.Debrief> debriefs(@PathVariable String slug, @PathVariable long id) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ZoneId zone = zone(slug);
		return this.debriefs.readable(scope, id).stream().map((d) -> ExchangeJson.Debrief.of(d, zone)).toList();
	}

	@PostMapping("/{id}/debriefs")
	ResponseEntity<ExchangeJson.Debrief> addDebrief(@PathVariable String slug, @PathVariable long id,
			@Valid @RequestBody ExchangeJson.DebriefRequest body) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		DebriefView debrief = this.debriefs.write(scope, id, java.util.Objects.requireNonNull(body.memberId()),
				body.answers(), Boolean.TRUE.equals(body.shared()));
		return ResponseEntity
			.created(URI.create("/api/v1/networks/" + slug + "/exchanges/" + id + "/debriefs/" + debrief.id()))
			.body(ExchangeJson.Debrief.of(debrief, zone(slug)));
	}

	/**
	 * The second writer is told, with the version now current, so that they can merge and
	 * send again with that version: nothing they wrote is lost.
	 */
	@ExceptionHandler(TermsConflictException.class)
	ProblemDetail termsConflict(TermsConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage(ex.messageKey(), null, LocaleContextHolder.getLocale()));
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	private ZoneId zone(String slug) {
		return this.networks.get(slug).zone();
	}

	/**
	 * An ISO date-time with offset ({@code 2026-05-04T18:00:00+02:00}), or without
	 * ({@code 2026-05-04T18:00}) in the network's time zone.
	 */
	static @Nullable Instant parse(@Nullable String text, String field, ZoneId zone, boolean required,
			List<FieldErrorMessage> errors) {
		if (text == null || text.isBlank()) {
			if (required) {
				errors.add(new FieldErrorMessage(field, "exchange.meeting.time.required"));
			}
			return null;
		}
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
			}
			catch (DateTimeParseException again) {
				errors.add(new FieldErrorMessage(field, "exchange.meeting.time.invalid"));
				return null;
			}
		}
	}

}
