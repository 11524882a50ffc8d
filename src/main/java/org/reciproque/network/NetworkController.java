package org.reciproque.network;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory of networks, each network's public page, creation (platform
 * administrators) and settings (network administrators).
 */
@Controller
class NetworkController {

	private final Networks networks;

	private final NetworkGuard guard;

	NetworkController(Networks networks, NetworkGuard guard) {
		this.networks = networks;
		this.guard = guard;
	}

	@GetMapping("/networks")
	String directory(Model model) {
		model.addAttribute("networks", this.networks.directory());
		return "network/directory";
	}

	@GetMapping("/networks/{slug}")
	String show(@PathVariable String slug, Model model) {
		NetworkScope scope = this.guard.lookup(slug);
		model.addAttribute("network", this.networks.get(slug));
		model.addAttribute("scope", scope);
		return "network/show";
	}

	@GetMapping("/networks/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", new NewNetwork("", "", null, null, null));
		return "network/create";
	}

	@PostMapping("/networks/new")
	String processCreationForm(@Valid @ModelAttribute("form") NewNetwork form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "network/create";
		}
		try {
			NetworkView created = this.networks.create(form);
			redirect.addFlashAttribute("notice", "network.created");
			return "redirect:/networks/" + created.slug();
		}
		catch (ConflictException ex) {
			result.rejectValue("slug", ex.messageKey(), ex.arguments(), null);
			return "network/create";
		}
	}

	@GetMapping("/networks/{slug}/settings")
	String initSettingsForm(@PathVariable String slug, Model model) {
		this.guard.require(slug, NetworkRole.ADMIN);
		NetworkView network = this.networks.get(slug);
		model.addAttribute("network", network);
		model.addAttribute("form", network.settings());
		return "network/settings";
	}

	@PostMapping("/networks/{slug}/settings")
	String processSettingsForm(@PathVariable String slug, @Valid @ModelAttribute("form") NetworkSettings form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.guard.require(slug, NetworkRole.ADMIN);
		if (result.hasErrors()) {
			model.addAttribute("network", this.networks.get(slug));
			return "network/settings";
		}
		this.networks.update(slug, form);
		redirect.addFlashAttribute("notice", "network.settings.saved");
		return "redirect:/networks/" + slug;
	}

}
