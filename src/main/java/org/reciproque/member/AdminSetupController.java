package org.reciproque.member;

import jakarta.validation.Valid;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-time set-up page printed in the log at first start: creates the first platform
 * administrator.
 */
@Controller
class AdminSetupController {

	private final Tokens tokens;

	private final Accounts accounts;

	AdminSetupController(Tokens tokens, Accounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	@GetMapping("/setup/{token}")
	String initSetupForm(@PathVariable String token, Model model) {
		model.addAttribute("valid", this.tokens.find(AccountToken.Purpose.ADMIN_SETUP, token).isPresent());
		model.addAttribute("token", token);
		model.addAttribute("form", new AccountForms.SignUp("", "", ""));
		return "member/setup";
	}

	@PostMapping("/setup/{token}")
	@Transactional
	String processSetupForm(@PathVariable String token, @Valid @ModelAttribute("form") AccountForms.SignUp form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		boolean valid = this.tokens.find(AccountToken.Purpose.ADMIN_SETUP, token).isPresent();
		model.addAttribute("valid", valid);
		if (!valid) {
			return "member/setup";
		}
		if (!result.hasFieldErrors("confirmation") && !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			return "member/setup";
		}
		try {
			this.accounts.create(form.email(), form.password(), true);
			this.tokens.consume(AccountToken.Purpose.ADMIN_SETUP, token);
		}
		catch (FieldErrorsException ex) {
			FormErrors.apply(ex, result);
			return "member/setup";
		}
		catch (ConflictException ex) {
			result.rejectValue("email", ex.messageKey());
			return "member/setup";
		}
		redirect.addFlashAttribute("notice", "setup.done");
		return "redirect:/login";
	}

}
