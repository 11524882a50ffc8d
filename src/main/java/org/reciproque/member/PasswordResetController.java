package org.reciproque.member;

import jakarta.validation.Valid;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot your password?" and the reset link it sends.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/password/forgot")
	String initForgotForm(Model model) {
		model.addAttribute("form", new AccountForms.ForgotPassword(""));
		return "member/password-forgot";
	}

	@PostMapping("/password/forgot")
	String processForgotForm(@Valid @ModelAttribute("form") AccountForms.ForgotPassword form, BindingResult result) {
		if (result.hasErrors()) {
			return "member/password-forgot";
		}
		this.resets.request(form.email());
		return "redirect:/password/forgot/sent";
	}

	@GetMapping("/password/forgot/sent")
	String sent() {
		return "member/password-forgot-sent";
	}

	@GetMapping("/password/reset/{token}")
	String initResetForm(@PathVariable String token, Model model) {
		model.addAttribute("valid", this.resets.isValid(token));
		model.addAttribute("token", token);
		model.addAttribute("form", new AccountForms.ResetPassword("", ""));
		return "member/password-reset";
	}

	@PostMapping("/password/reset/{token}")
	String processResetForm(@PathVariable String token, @Valid @ModelAttribute("form") AccountForms.ResetPassword form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		model.addAttribute("valid", true);
		if (!result.hasFieldErrors("confirmation") && !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			return "member/password-reset";
		}
		try {
			if (!this.resets.reset(token, form.password())) {
				model.addAttribute("valid", false);
				return "member/password-reset";
			}
		}
		catch (FieldErrorsException ex) {
			FormErrors.apply(ex, result);
			return "member/password-reset";
		}
		redirect.addFlashAttribute("notice", "password.reset.done");
		return "redirect:/login";
	}

}
