package org.reciproque.member;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.CurrentAccount;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.platform.web.FormErrors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-up, sign-in pages, and the account settings page (change password, delete
 * account).
 */
@Controller
class AccountController {

	private final Accounts accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login() {
		return "member/login";
	}

	@GetMapping("/login/ott")
	String magicLinkLanding(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "member/magic-link";
	}

	@GetMapping("/login/ott/sent")
	String magicLinkSent() {
		return "member/magic-link-sent";
	}

	@GetMapping("/signup")
	String initSignUpForm(Model model) {
		model.addAttribute("form", new AccountForms.SignUp("", "", ""));
		return "member/signup";
	}

	@PostMapping("/signup")
	String processSignUpForm(@Valid @ModelAttribute("form") AccountForms.SignUp form, BindingResult result,
			@RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasFieldErrors("confirmation") && !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			return "member/signup";
		}
		try {
			AccountPrincipal account = this.accounts.signUp(form.email(), form.password());
			signIn(account, request, response);
			return "redirect:" + safeNext(next, "/networks?welcome");
		}
		catch (FieldErrorsException ex) {
			FormErrors.apply(ex, result);
		}
		catch (ConflictException ex) {
			result.rejectValue("email", ex.messageKey());
		}
		return "member/signup";
	}

	@GetMapping("/account")
	String settings(Model model) {
		model.addAttribute("account", CurrentAccount.require());
		model.addAttribute("passwordForm", new AccountForms.ChangePassword("", "", ""));
		model.addAttribute("deleteForm", new AccountForms.DeleteAccount(false));
		return "member/account";
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") AccountForms.ChangePassword form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmation") && !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(CurrentAccount.require().accountId(), form.currentPassword(),
						form.password());
				redirect.addFlashAttribute("notice", "account.password.changed");
				return "redirect:/account";
			}
			catch (FieldErrorsException ex) {
				FormErrors.apply(ex, result);
			}
		}
		model.addAttribute("account", CurrentAccount.require());
		model.addAttribute("deleteForm", new AccountForms.DeleteAccount(false));
		return "member/account";
	}

	@PostMapping("/account/delete")
	String delete(@Valid @ModelAttribute("deleteForm") AccountForms.DeleteAccount form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			model.addAttribute("account", CurrentAccount.require());
			model.addAttribute("passwordForm", new AccountForms.ChangePassword("", "", ""));
			return "member/account";
		}
		this.accounts.delete(CurrentAccount.require().accountId());
		new SecurityContextLogoutHandler().logout(request, response, null);
		return "redirect:/?accountDeleted";
	}

	void signIn(AccountPrincipal account, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/**
	 * Only local paths are followed after sign-up, never another site.
	 */
	static String safeNext(String next, String fallback) {
		if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
			return next;
		}
		return fallback;
	}

}
