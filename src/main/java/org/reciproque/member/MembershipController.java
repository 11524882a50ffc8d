package org.reciproque.member;

import java.util.Map;

import jakarta.validation.Valid;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.CurrentAccount;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining (charter first), one's own profile, the data export and leaving.
 */
@Controller
class MembershipController {

	private final Memberships memberships;

	private final Networks networks;

	private final NetworkGuard guard;

	private final MemberDataExport export;

	MembershipController(Memberships memberships, Networks networks, NetworkGuard guard, MemberDataExport export) {
		this.memberships = memberships;
		this.networks = networks;
		this.guard = guard;
		this.export = export;
	}

	@GetMapping("/networks/{slug}/join")
	String initJoinForm(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.lookup(slug);
		if (scope.memberId() != null) {
			return "redirect:/networks/" + slug;
		}
		model.addAttribute("network", this.networks.get(slug));
		model.addAttribute("form", new AccountForms.Join(suggestedName(CurrentAccount.require()), false));
		return "member/join";
	}

	@PostMapping("/networks/{slug}/join")
	String processJoinForm(@PathVariable String slug, @Valid @ModelAttribute("form") AccountForms.Join form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		NetworkView network = this.networks.get(slug);
		if (result.hasErrors()) {
			model.addAttribute("network", network);
			return "member/join";
		}
		try {
			this.memberships.join(slug, CurrentAccount.require(), form.displayName());
		}
		catch (ConflictException ex) {
			return "redirect:/networks/" + slug;
		}
		redirect.addFlashAttribute("notice", "member.join.done");
		return "redirect:/networks/" + slug + "/profile";
	}

	@GetMapping("/networks/{slug}/profile")
	String initProfileForm(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		long memberId = scope.requireMemberId();
		MemberView member = this.memberships.get(scope.networkId(), memberId);
		MemberContact contact = this.memberships.contact(scope.networkId(), memberId);
		model.addAttribute("scope", scope);
		model.addAttribute("form", new ProfileForm(String.valueOf(member.displayName()), member.presentation(),
				contact.email(), contact.phone(), member.channels()));
		return "member/profile";
	}

	@PostMapping("/networks/{slug}/profile")
	String processProfileForm(@PathVariable String slug, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		scope.requireMemberId();
		if (result.hasErrors()) {
			model.addAttribute("scope", scope);
			return "member/profile";
		}
		this.memberships.updateProfile(scope.networkId(), scope.requireMemberId(), form);
		redirect.addFlashAttribute("notice", "member.profile.saved");
		return "redirect:/networks/" + slug + "/profile";
	}

	@GetMapping(path = "/networks/{slug}/export", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> export(@PathVariable String slug) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		Map<String, Object> document = this.export.export(scope.networkId(), scope.requireMemberId());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("reciproque-" + slug + "-mes-donnees.json")
						.build()
						.toString())
			.body(document);
	}

	@GetMapping("/networks/{slug}/leave")
	String confirmLeave(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		scope.requireMemberId();
		model.addAttribute("scope", scope);
		return "member/leave";
	}

	@PostMapping("/networks/{slug}/leave")
	String leave(@PathVariable String slug, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		this.memberships.leave(scope.networkId(), scope.requireMemberId());
		redirect.addFlashAttribute("notice", "member.leave.done");
		redirect.addFlashAttribute("noticeArgument", scope.name());
		return "redirect:/networks";
	}

	private String suggestedName(AccountPrincipal account) {
		return this.memberships.networksOf(account.accountId())
			.values()
			.stream()
			.map(MemberView::displayName)
			.filter((name) -> name != null && !name.isBlank())
			.findFirst()
			.orElse("");
	}

}
