package org.reciproque.exchange;

import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.reciproque.member.MemberView;
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
 * Writing a debrief (for oneself, or as an animator with a participant), and sharing it
 * with the other participants.
 */
@Controller
class DebriefController {

	private final Exchanges exchanges;

	private final Debriefs debriefs;

	private final ExchangePages pages;

	private final NetworkGuard guard;

	DebriefController(Exchanges exchanges, Debriefs debriefs, ExchangePages pages, NetworkGuard guard) {
		this.exchanges = exchanges;
		this.debriefs = debriefs;
		this.pages = pages;
		this.guard = guard;
	}

	@GetMapping("/networks/{slug}/exchanges/{id}/debrief")
	String initCreationForm(@PathVariable String slug, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long member, Model model, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ExchangeView exchange = this.exchanges.get(scope, id);
		List<MemberView> candidates = this.pages.debriefCandidates(scope, exchange);
		if (candidates.isEmpty()) {
			redirect.addFlashAttribute("alert", (ExchangePages.stageOf(exchange) == null) ? "exchange.debrief.notYet"
					: "exchange.debrief.nothingToWrite");
			return "redirect:/networks/" + slug + "/exchanges/" + id;
		}
		Long chosen = (member != null) ? member
				: candidates.stream()
					.map(MemberView::id)
					.filter((m) -> m.equals(scope.memberId()))
					.findFirst()
					.orElse(candidates.get(0).id());
		model.addAttribute("form", ExchangeForms.DebriefForm.empty(chosen));
		return formPage(scope, exchange, candidates, model);
	}

	@PostMapping("/networks/{slug}/exchanges/{id}/debrief")
	String processCreationForm(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") ExchangeForms.DebriefForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ExchangeView exchange = this.exchanges.get(scope, id);
		Long memberId = (form.memberId() != null) ? form.memberId() : scope.memberId();
		if (memberId == null) {
			result.rejectValue("memberId", "exchange.debrief.notParticipant");
		}
		if (!result.hasErrors() && memberId != null) {
			try {
				this.debriefs.write(scope, id, memberId, form.answers(), form.isShared());
				redirect.addFlashAttribute("notice", "exchange.debrief.saved");
				return "redirect:/networks/" + slug + "/exchanges/" + id + "#debriefs";
			}
			catch (FieldErrorsException ex) {
				FormErrors.apply(ex, result);
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("alert", ex.messageKey());
				return "redirect:/networks/" + slug + "/exchanges/" + id;
			}
		}
		return formPage(scope, exchange, this.pages.debriefCandidates(scope, exchange), model);
	}

	@PostMapping("/networks/{slug}/exchanges/{id}/debriefs/{debriefId}/share")
	String share(@PathVariable String slug, @PathVariable long id, @PathVariable long debriefId,
			@RequestParam(defaultValue = "false") boolean shared, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		this.debriefs.share(scope, id, debriefId, shared);
		redirect.addFlashAttribute("notice", shared ? "exchange.debrief.shared" : "exchange.debrief.unshared");
		return "redirect:/networks/" + slug + "/exchanges/" + id + "#debriefs";
	}

	private String formPage(NetworkScope scope, ExchangeView exchange, List<MemberView> candidates, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("exchange", exchange);
		model.addAttribute("candidates", candidates);
		model.addAttribute("stage", ExchangePages.stageOf(exchange));
		return "exchange/debrief";
	}

}
