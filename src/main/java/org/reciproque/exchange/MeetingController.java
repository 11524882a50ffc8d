package org.reciproque.exchange;

import java.time.ZoneId;
import java.util.HashSet;

import jakarta.validation.Valid;
import org.reciproque.network.Networks;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning a meeting, recording one that took place (with who attended), cancelling one.
 */
@Controller
class MeetingController {

	private final Exchanges exchanges;

	private final Meetings meetings;

	private final ExchangePages pages;

	private final Networks networks;

	private final NetworkGuard guard;

	MeetingController(Exchanges exchanges, Meetings meetings, ExchangePages pages, Networks networks,
			NetworkGuard guard) {
		this.exchanges = exchanges;
		this.meetings = meetings;
		this.pages = pages;
		this.networks = networks;
		this.guard = guard;
	}

	@GetMapping("/networks/{slug}/exchanges/{id}/meetings/new")
	String initCreationForm(@PathVariable String slug, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean held, Model model, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ExchangeView exchange = this.exchanges.get(scope, id);
		if (!exchange.isOpen()) {
			redirect.addFlashAttribute("alert", "exchange.meeting.closed");
			return "redirect:/networks/" + slug + "/exchanges/" + id;
		}
		model.addAttribute("form", ExchangeForms.MeetingForm.empty(held));
		return formPage(scope, exchange, model);
	}

	@PostMapping("/networks/{slug}/exchanges/{id}/meetings/new")
	String processCreationForm(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") ExchangeForms.MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ExchangeView exchange = this.exchanges.get(scope, id);
		if (!result.hasErrors() && form.startsAt() != null) {
			ZoneId zone = this.networks.get(slug).zone();
			try {
				this.meetings.add(scope, id,
						new MeetingCommand(form.startsAt().atZone(zone).toInstant(),
								(form.endsAt() != null) ? form.endsAt().atZone(zone).toInstant() : null,
								blankToNull(form.place()), blankToNull(form.link()), blankToNull(form.notes()),
								form.isHeld(), new HashSet<>(form.attendeeIds())));
				redirect.addFlashAttribute("notice",
						form.isHeld() ? "exchange.meeting.recorded" : "exchange.meeting.planned");
				return "redirect:/networks/" + slug + "/exchanges/" + id + "#meetings";
			}
			catch (FieldErrorsException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("alert", ex.messageKey());
				return "redirect:/networks/" + slug + "/exchanges/" + id;
			}
		}
		return formPage(scope, exchange, model);
	}

	@GetMapping("/networks/{slug}/exchanges/{id}/meetings/{meetingId}/held")
	String initHeldForm(@PathVariable String slug, @PathVariable long id, @PathVariable long meetingId, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ExchangeView exchange = this.exchanges.get(scope, id);
		MeetingView meeting = this.meetings.get(scope, id, meetingId);
		model.addAttribute("form", new ExchangeForms.HeldForm(
				exchange.activeParticipants().stream().map(ParticipantView::memberId).toList(), meeting.notes()));
		return heldPage(scope, exchange, meeting, model);
	}

	@PostMapping("/networks/{slug}/exchanges/{id}/meetings/{meetingId}/held")
	String processHeldForm(@PathVariable String slug, @PathVariable long id, @PathVariable long meetingId,
			@Valid @ModelAttribute("form") ExchangeForms.HeldForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		if (!result.hasErrors()) {
			try {
				this.meetings.recordHeld(scope, id, meetingId, new HashSet<>(form.attendeeIds()), form.notes());
				redirect.addFlashAttribute("notice", "exchange.meeting.recorded");
				return "redirect:/networks/" + slug + "/exchanges/" + id + "#meetings";
			}
			catch (FieldErrorsException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("alert", ex.messageKey());
				return "redirect:/networks/" + slug + "/exchanges/" + id;
			}
		}
		return heldPage(scope, this.exchanges.get(scope, id), this.meetings.get(scope, id, meetingId), model);
	}

	@PostMapping("/networks/{slug}/exchanges/{id}/meetings/{meetingId}/cancel")
	String cancel(@PathVariable String slug, @PathVariable long id, @PathVariable long meetingId,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		try {
			this.meetings.cancel(scope, id, meetingId);
			redirect.addFlashAttribute("notice", "exchange.meeting.cancelled");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("alert", ex.messageKey());
		}
		return "redirect:/networks/" + slug + "/exchanges/" + id + "#meetings";
	}

	private String formPage(NetworkScope scope, ExchangeView exchange, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("exchange", exchange);
		model.addAttribute("people", this.pages.people(java.util.List.of(exchange)));
		return "exchange/meeting";
	}

	private String heldPage(NetworkScope scope, ExchangeView exchange, MeetingView meeting, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("exchange", exchange);
		model.addAttribute("meeting", meeting);
		model.addAttribute("zone", this.networks.get(scope.slug()).zone());
		model.addAttribute("people", this.pages.people(java.util.List.of(exchange)));
		return "exchange/held";
	}

	static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
