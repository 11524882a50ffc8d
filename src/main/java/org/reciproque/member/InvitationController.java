package org.reciproque.member;

import java.util.Optional;

import org.reciproque.network.Networks;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.security.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link a member without account receives: sign up or sign in, read the charter, then
 * attach the record the animators kept to one's own account.
 */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final Networks networks;

	InvitationController(Invitations invitations, Networks networks) {
		this.invitations = invitations;
		this.networks = networks;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, Model model) {
		Optional<Member> member = this.invitations.pending(token);
		model.addAttribute("valid", member.isPresent());
		model.addAttribute("token", token);
		model.addAttribute("signedIn", CurrentAccount.get().isPresent());
		member.flatMap((found) -> this.networks.findById(found.getNetworkId()))
			.ifPresent((network) -> model.addAttribute("network", network));
		member.ifPresent((found) -> model.addAttribute("displayName", found.getDisplayName()));
		return "member/invitation";
	}

	@PostMapping("/invitations/{token}")
	String claim(@PathVariable String token, RedirectAttributes redirect) {
		var account = CurrentAccount.get();
		if (account.isEmpty()) {
			return "redirect:/login";
		}
		try {
			Member member = this.invitations.claim(token, account.get());
			String slug = this.networks.findById(member.getNetworkId()).orElseThrow().slug();
			redirect.addFlashAttribute("notice", "invitation.claimed");
			return "redirect:/networks/" + slug + "/profile";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("alert", ex.messageKey());
			return "redirect:/invitations/" + token;
		}
	}

}
