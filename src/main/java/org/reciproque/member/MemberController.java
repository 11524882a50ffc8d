package org.reciproque.member;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Valid;
import org.reciproque.network.Networks;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
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
 * The members of a network: the list (members), a member's page, and what animators and
 * administrators do for others (record a member without account, invite them, edit their
 * profile, grant roles).
 */
@Controller
class MemberController {

	private final Memberships memberships;

	private final Invitations invitations;

	private final Networks networks;

	private final NetworkGuard guard;

	MemberController(Memberships memberships, Invitations invitations, Networks networks, NetworkGuard guard) {
		this.memberships = memberships;
		this.invitations = invitations;
		this.networks = networks;
		this.guard = guard;
	}

	@GetMapping("/networks/{slug}/members")
	String list(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		model.addAttribute("scope", scope);
		model.addAttribute("members", this.memberships.activeMembers(scope.networkId()));
		return "member/list";
	}

	@GetMapping("/networks/{slug}/members/{id}")
	String show(@PathVariable String slug, @PathVariable long id, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		MemberView member = this.memberships.get(scope.networkId(), id);
		model.addAttribute("scope", scope);
		model.addAttribute("member", member);
		boolean self = Long.valueOf(id).equals(scope.memberId());
		if (scope.isAnimator() || self) {
			model.addAttribute("contact", this.memberships.contact(scope.networkId(), id));
		}
		return "member/show";
	}

	@GetMapping("/networks/{slug}/members/new")
	String initCreationForm(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		model.addAttribute("scope", scope);
		model.addAttribute("form", new NewMemberWithoutAccount("", null, null));
		return "member/create";
	}

	@PostMapping("/networks/{slug}/members/new")
	String processCreationForm(@PathVariable String slug, @Valid @ModelAttribute("form") NewMemberWithoutAccount form,
			BindingResult result, @RequestParam(defaultValue = "false") boolean paperConsent, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		if (!paperConsent) {
			model.addAttribute("paperConsentError", true);
		}
		if (result.hasErrors() || !paperConsent) {
			model.addAttribute("scope", scope);
			return "member/create";
		}
		ZoneId zone = this.networks.get(slug).zone();
		MemberView created = this.memberships.recordWithoutAccount(scope, form, LocalDate.now(zone));
		redirect.addFlashAttribute("notice", "member.created");
		return "redirect:/networks/" + slug + "/members/" + created.id();
	}

	@GetMapping("/networks/{slug}/members/{id}/edit")
	String initEditForm(@PathVariable String slug, @PathVariable long id, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		MemberView member = this.memberships.get(scope.networkId(), id);
		MemberContact contact = this.memberships.contact(scope.networkId(), id);
		model.addAttribute("scope", scope);
		model.addAttribute("member", member);
		model.addAttribute("form", new ProfileForm(String.valueOf(member.displayName()), member.presentation(),
				contact.email(), contact.phone(), member.channels()));
		return "member/edit";
	}

	@PostMapping("/networks/{slug}/members/{id}/edit")
	String processEditForm(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		if (result.hasErrors()) {
			model.addAttribute("scope", scope);
			model.addAttribute("member", this.memberships.get(scope.networkId(), id));
			return "member/edit";
		}
		this.memberships.updateProfile(scope.networkId(), id, form);
		redirect.addFlashAttribute("notice", "member.profile.saved");
		return "redirect:/networks/" + slug + "/members/" + id;
	}

	@PostMapping("/networks/{slug}/members/{id}/invite")
	String invite(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		Member member = this.memberships.active(scope.networkId(), id);
		try {
			this.invitations.invite(member, scope.name());
			redirect.addFlashAttribute("notice", "member.invite.sent");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("alert", ex.messageKey());
		}
		return "redirect:/networks/" + slug + "/members/" + id;
	}

	@PostMapping("/networks/{slug}/members/{id}/role")
	String changeRole(@PathVariable String slug, @PathVariable long id, @RequestParam NetworkRole role,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ADMIN);
		try {
			this.memberships.changeRole(scope.networkId(), id, role);
			redirect.addFlashAttribute("notice", "member.role.changed");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("alert", ex.messageKey());
		}
		return "redirect:/networks/" + slug + "/members/" + id;
	}

}
