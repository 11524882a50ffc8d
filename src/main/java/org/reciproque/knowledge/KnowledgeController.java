package org.reciproque.knowledge;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.platform.web.FormErrors;
import org.springframework.security.access.AccessDeniedException;
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
 * Writing, reading and editing one offer or request, and the list of one person's items.
 */
@Controller
class KnowledgeController {

	private final Knowledges knowledges;

	private final Categories categories;

	private final Memberships memberships;

	private final NetworkGuard guard;

	private final Authors authors;

	private final Networks networks;

	KnowledgeController(Knowledges knowledges, Categories categories, Memberships memberships, NetworkGuard guard,
			Authors authors, Networks networks) {
		this.knowledges = knowledges;
		this.categories = categories;
		this.memberships = memberships;
		this.guard = guard;
		this.authors = authors;
		this.networks = networks;
	}

	@GetMapping("/networks/{slug}/knowledge/new")
	String initCreationForm(@PathVariable String slug, @RequestParam(defaultValue = "OFFER") Direction direction,
			@RequestParam(required = false) @Nullable Long member, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		MemberView author = this.authors.resolve(scope, member);
		model.addAttribute("form", KnowledgeForms.empty(direction));
		return formPage(scope, author, null, model);
	}

	@PostMapping("/networks/{slug}/knowledge/new")
	String processCreationForm(@PathVariable String slug, @RequestParam(required = false) @Nullable Long member,
			@Valid @ModelAttribute("form") KnowledgeCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		MemberView author = this.authors.resolve(scope, member);
		if (!result.hasErrors()) {
			try {
				KnowledgeView created = this.knowledges.create(scope, author.id(), form);
				redirect.addFlashAttribute("notice", "knowledge.created");
				return "redirect:/networks/" + slug + "/knowledge/" + created.id();
			}
			catch (FieldErrorsException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return formPage(scope, author, null, model);
	}

	@GetMapping("/networks/{slug}/knowledge/{id}")
	String show(@PathVariable String slug, @PathVariable long id, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		KnowledgeView item = this.knowledges.getVisible(scope, id);
		boolean ours = item.networkId() == scope.networkId();
		model.addAttribute("scope", scope);
		model.addAttribute("item", item);
		// Another network's item: shown without its author, whom only their own network
		// knows.
		model.addAttribute("author", ours ? this.memberships.get(scope.networkId(), item.memberId()) : null);
		model.addAttribute("otherNetwork", ours ? null : this.networks.findById(item.networkId()).orElse(null));
		model.addAttribute("mayEdit", ours && this.knowledges.mayEdit(scope, item));
		model.addAttribute("labels", CategoryLabels.of(this.categories.tree(item.networkId())));
		return "knowledge/show";
	}

	@GetMapping("/networks/{slug}/knowledge/{id}/edit")
	String initUpdateForm(@PathVariable String slug, @PathVariable long id, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		KnowledgeView item = editable(scope, id);
		model.addAttribute("form", KnowledgeForms.of(item));
		return formPage(scope, this.memberships.get(scope.networkId(), item.memberId()), item, model);
	}

	@PostMapping("/networks/{slug}/knowledge/{id}/edit")
	String processUpdateForm(@PathVariable String slug, @PathVariable long id,
			@Valid @ModelAttribute("form") KnowledgeCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		KnowledgeView item = editable(scope, id);
		if (!result.hasErrors()) {
			try {
				this.knowledges.update(scope, id, form);
				redirect.addFlashAttribute("notice", "knowledge.saved");
				return "redirect:/networks/" + slug + "/knowledge/" + id;
			}
			catch (FieldErrorsException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return formPage(scope, this.memberships.get(scope.networkId(), item.memberId()), item, model);
	}

	@PostMapping("/networks/{slug}/knowledge/{id}/status")
	String changeStatus(@PathVariable String slug, @PathVariable long id, @RequestParam KnowledgeStatus status,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		this.knowledges.changeStatus(scope, id, status);
		redirect.addFlashAttribute("notice", "knowledge.status." + status + ".done");
		return "redirect:/networks/" + slug + "/knowledge/" + id;
	}

	@PostMapping("/networks/{slug}/knowledge/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		KnowledgeView item = this.knowledges.get(scope, id);
		this.knowledges.delete(scope, id);
		redirect.addFlashAttribute("notice", "knowledge.deleted");
		return "redirect:/networks/" + slug + "/my-knowledge"
				+ (Objects.equals(scope.memberId(), item.memberId()) ? "" : "?member=" + item.memberId());
	}

	@GetMapping("/networks/{slug}/my-knowledge")
	String mine(@PathVariable String slug, @RequestParam(required = false) @Nullable Long member, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		MemberView author = this.authors.resolve(scope, member);
		List<KnowledgeView> items = this.knowledges.ofMember(author.id());
		model.addAttribute("scope", scope);
		model.addAttribute("author", author);
		model.addAttribute("self", Objects.equals(scope.memberId(), author.id()));
		model.addAttribute("offers", items.stream().filter((item) -> item.direction() == Direction.OFFER).toList());
		model.addAttribute("requests", items.stream().filter((item) -> item.direction() == Direction.REQUEST).toList());
		model.addAttribute("labels", CategoryLabels.of(this.categories.tree(scope.networkId())));
		return "knowledge/mine";
	}

	private KnowledgeView editable(NetworkScope scope, long id) {
		KnowledgeView item = this.knowledges.get(scope, id);
		if (!this.knowledges.mayEdit(scope, item)) {
			throw new AccessDeniedException("Not the author");
		}
		return item;
	}

	private String formPage(NetworkScope scope, MemberView author, @Nullable KnowledgeView item, Model model) {
		model.addAttribute("scope", scope);
		model.addAttribute("author", author);
		model.addAttribute("item", item);
		model.addAttribute("self", Objects.equals(scope.memberId(), author.id()));
		model.addAttribute("tree", CategoryTreeView.of(this.categories.tree(scope.networkId())));
		return "knowledge/form";
	}

}
