package org.reciproque.exchange;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing the terms together, and their history. When someone else saved meanwhile, the
 * writer keeps their text and sees the current version next to it, to merge and save
 * again.
 */
@Controller
class TermsController {

	private final Exchanges exchanges;

	private final TermsEditor editor;

	private final ExchangePages pages;

	private final NetworkGuard guard;

	TermsController(Exchanges exchanges, TermsEditor editor, ExchangePages pages, NetworkGuard guard) {
		this.exchanges = exchanges;
		this.editor = editor;
		this.pages = pages;
		this.guard = guard;
	}

	@GetMapping("/networks/{slug}/exchanges/{id}/terms")
	String initUpdateForm(@PathVariable String slug, @PathVariable long id, Model model, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ExchangeView exchange = this.exchanges.get(scope, id);
		if (!exchange.isOpen()) {
			redirect.addFlashAttribute("alert", "exchange.closed");
			return "redirect:/networks/" + slug + "/exchanges/" + id;
		}
		model.addAttribute("form", ExchangeForms.TermsForm.of(exchange.terms()));
		return formPage(scope, exchange, model);
	}

	@PostMapping("/networks/{slug}/exchanges/{id}/terms")
	String processUpdateForm(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") ExchangeForms.TermsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ExchangeView exchange = this.exchanges.get(scope, id);
		if (!result.hasErrors()) {
			try {
				TermsView saved = this.editor.save(scope, id, form.text(), form.base(), form.forMemberId());
				redirect.addFlashAttribute("notice", "exchange.terms.saved");
				redirect.addFlashAttribute("noticeArgument", saved.version());
				return "redirect:/networks/" + slug + "/exchanges/" + id;
			}
			catch (TermsConflictException ex) {
				// keep what they typed; base it on the version they now see
				model.addAttribute("form", form.basedOn(ex.currentVersion()));
				model.addAttribute("conflict", this.editor.version(id, ex.currentVersion()));
				exchange = this.exchanges.get(scope, id);
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("alert", ex.messageKey());
				return "redirect:/networks/" + slug + "/exchanges/" + id;
			}
			catch (FieldErrorsException ex) {
				// the form calls the content "goals": "content" is the page's own element
				// id
				ex.errors()
					.forEach((error) -> result.rejectValue("content".equals(error.field()) ? "goals" : error.field(),
							error.messageKey(), error.arguments(), null));
			}
		}
		return formPage(scope, exchange, model);
	}

	@GetMapping("/networks/{slug}/exchanges/{id}/terms/history")
	String history(@PathVariable String slug, @PathVariable long id, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		ExchangeView exchange = this.exchanges.get(scope, id);
		model.addAttribute("scope", scope);
		model.addAttribute("exchange", exchange);
		model.addAttribute("people", this.pages.people(java.util.List.of(exchange)));
		java.util.List<TermsChange> changes = new java.util.ArrayList<>(this.editor.history(scope, id));
		java.util.Collections.reverse(changes);
		model.addAttribute("changes", changes);
		model.addAttribute("zone", this.pages.zone(slug));
		return "exchange/history";
	}

	private String formPage(NetworkScope scope, ExchangeView exchange, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("exchange", exchange);
		model.addAttribute("people", this.pages.people(java.util.List.of(exchange)));
		return "exchange/terms";
	}

}
