package org.reciproque.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.reciproque.matching.ParticipantRole;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.Networks;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
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
 * The exchange pages: my exchanges, one exchange, recording an exchange that started
 * outside the software, moving it on, adding a participant, writing to the participants.
 */
@Controller
class ExchangeController {

	private final Exchanges exchanges;

	private final ExchangePages pages;

	private final Memberships memberships;

	private final Networks networks;

	private final NetworkGuard guard;

	private final ExchangeAccess access;

	private final ExchangeMails mails;

	ExchangeController(Exchanges exchanges, ExchangePages pages, Memberships memberships, Networks networks,
			NetworkGuard guard, ExchangeAccess access, ExchangeMails mails) {
		this.exchanges = exchanges;
		this.pages = pages;
		this.memberships = memberships;
		this.networks = networks;
		this.guard = guard;
		this.access = access;
		this.mails = mails;
	}

	@GetMapping("/networks/{slug}/exchanges")
	String mine(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		List<ExchangeView> mine = (scope.memberId() != null)
				? this.exchanges.ofMember(scope.networkId(), scope.memberId())
					.stream()
					.filter((e) -> e.isParticipant(scope.memberId()))
					.toList()
				: List.of();
		model.addAttribute("scope", scope);
		model.addAttribute("exchanges", mine);
		model.addAttribute("people", this.pages.people(mine));
		model.addAttribute("zone", this.networks.get(slug).zone());
		return "exchange/list";
	}

	@GetMapping("/networks/{slug}/exchanges/{id}")
	String show(@PathVariable String slug, @PathVariable long id, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		this.pages.show(scope, this.exchanges.get(scope, id), model);
		return "exchange/show";
	}

	@GetMapping("/networks/{slug}/exchanges/new")
	String initCreationForm(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		model.addAttribute("form", ExchangeForms.NewExchangeForm.empty());
		return creationPage(scope, model);
	}

	@PostMapping("/networks/{slug}/exchanges/new")
	String processCreationForm(@PathVariable String slug,
			@Valid @ModelAttribute("form") ExchangeForms.NewExchangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		if (!result.hasErrors()) {
			try {
				ExchangeView created = this.exchanges.create(scope,
						new NewExchange(String.valueOf(form.subject()), form.format(), null, participants(form)));
				redirect.addFlashAttribute("notice", "exchange.created");
				return "redirect:/networks/" + slug + "/exchanges/" + created.id();
			}
			catch (FieldErrorsException ex) {
				result.rejectValue("passingOn", "exchange.participants.tooFew");
			}
		}
		return creationPage(scope, model);
	}

	@PostMapping("/networks/{slug}/exchanges/{id}/status")
	String changeStatus(@PathVariable String slug, @PathVariable long id,
			@RequestParam(name = "status", required = false) @Nullable String requested,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		this.access.actable(scope, id);
		ExchangeStatus status = statusOf(requested);
		try {
			if (status == null) {
				throw FieldErrorsException.of("status", "exchange.status.invalid");
			}
			this.exchanges.changeStatus(scope, id, status,
					(reason != null && reason.length() > 500) ? reason.substring(0, 500) : reason);
			redirect.addFlashAttribute("notice", "exchange.status." + status + ".done");
		}
		catch (ConflictException | FieldErrorsException ex) {
			redirect.addFlashAttribute("alert",
					(ex instanceof ConflictException conflict) ? conflict.messageKey() : "exchange.status.invalid");
		}
		return "follow-up".equals(back) ? "redirect:/networks/" + slug + "/follow-up"
				: "redirect:/networks/" + slug + "/exchanges/" + id;
	}

	@PostMapping("/networks/{slug}/exchanges/{id}/participants")
	String addParticipant(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long memberId,
			@RequestParam(name = "role", required = false) @Nullable String requestedRole,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		ParticipantRole role = java.util.Arrays.stream(ParticipantRole.values())
			.filter((r) -> r.name().equals(requestedRole))
			.findFirst()
			.orElse(null);
		try {
			if (memberId == null || role == null) {
				throw FieldErrorsException.of("memberId", "exchange.participants.unknown");
			}
			this.exchanges.addParticipant(scope, id, memberId, role);
			redirect.addFlashAttribute("notice", "exchange.participants.added");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("alert", ex.messageKey());
		}
		catch (FieldErrorsException ex) {
			redirect.addFlashAttribute("alert", "exchange.participants.unknown");
		}
		return "redirect:/networks/" + slug + "/exchanges/" + id;
	}

	@GetMapping("/networks/{slug}/exchanges/{id}/message")
	String initMessageForm(@PathVariable String slug, @PathVariable long id, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		model.addAttribute("form", new ExchangeForms.MessageForm(null, null));
		return messagePage(scope, id, model);
	}

	@PostMapping("/networks/{slug}/exchanges/{id}/message")
	String processMessageForm(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") ExchangeForms.MessageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		if (result.hasErrors()) {
			return messagePage(scope, id, model);
		}
		int sent = this.mails.message(scope, this.exchanges.get(scope, id), String.valueOf(form.subject()).strip(),
				String.valueOf(form.body()).strip());
		redirect.addFlashAttribute("notice", "exchange.message.sent");
		redirect.addFlashAttribute("noticeArgument", sent);
		return "redirect:/networks/" + slug + "/exchanges/" + id;
	}

	private String messagePage(NetworkScope scope, long id, Model model) {
		ExchangeView exchange = this.exchanges.get(scope, id);
		Map<Long, MemberView> people = this.pages.people(List.of(exchange));
		List<ExchangePages.Reach> reach = new ArrayList<>();
		for (ParticipantView participant : exchange.activeParticipants()) {
			reach.add(new ExchangePages.Reach(people.get(participant.memberId()),
					this.memberships.contact(scope.networkId(), participant.memberId())));
		}
		model.addAttribute("scope", scope);
		model.addAttribute("exchange", exchange);
		model.addAttribute("reach", reach);
		return "exchange/message";
	}

	private String creationPage(NetworkScope scope, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("members", this.memberships.activeMembers(scope.networkId()));
		return "exchange/create";
	}

	static @Nullable ExchangeStatus statusOf(@Nullable String text) {
		for (ExchangeStatus status : ExchangeStatus.values()) {
			if (status.name().equals(text)) {
				return status;
			}
		}
		return null;
	}

	static List<NewExchange.NewParticipant> participants(ExchangeForms.NewExchangeForm form) {
		Set<Long> passing = new HashSet<>(form.passingOnIds());
		Set<Long> learning = new HashSet<>(form.learningIds());
		Map<Long, ParticipantRole> roles = new LinkedHashMap<>();
		form.passingOnIds().forEach((id) -> roles.put(id, ParticipantRole.PASSES_ON));
		form.learningIds().forEach((id) -> roles.put(id, ParticipantRole.LEARNS));
		roles.replaceAll((id, role) -> (passing.contains(id) && learning.contains(id)) ? ParticipantRole.BOTH : role);
		return roles.entrySet().stream().map((e) -> new NewExchange.NewParticipant(e.getKey(), e.getValue())).toList();
	}

}
