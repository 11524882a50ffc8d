package org.reciproque.member;

import org.reciproque.network.Networks;
import org.reciproque.platform.security.CurrentAccount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what Réciproque is, the directory, and one's own networks when signed
 * in.
 */
@Controller
class HomeController {

	private final Memberships memberships;

	private final Networks networks;

	HomeController(Memberships memberships, Networks networks) {
		this.memberships = memberships;
		this.networks = networks;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentAccount.get()
			.ifPresent((account) -> model.addAttribute("myNetworks", this.memberships.networksOf(account.accountId())));
		model.addAttribute("networks", this.networks.directory());
		return "home";
	}

}
