package org.reciproque.knowledge;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Ce que je sais, ce que j'aimerais apprendre": a guided walk through the categories,
 * with example questions, where a person (or an animator sitting with them) notes several
 * offers and requests in one sitting. With htmx each note is added in place, keeping the
 * page as it is; without JavaScript each note reloads the page at the same category.
 */
@Controller
class InventoryController {

	private final Knowledges knowledges;

	private final Categories categories;

	private final Memberships memberships;

	private final NetworkGuard guard;

	private final Authors authors;

	InventoryController(Knowledges knowledges, Categories categories, Memberships memberships, NetworkGuard guard,
			Authors authors) {
		this.knowledges = knowledges;
		this.categories = categories;
		this.memberships = memberships;
		this.guard = guard;
		this.authors = authors;
	}

	@GetMapping("/networks/{slug}/inventory")
	String inventory(@PathVariable String slug, @RequestParam(required = false) @Nullable Long member, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		prepare(scope, this.authors.resolve(scope, member), model);
		return "knowledge/inventory";
	}

	@PostMapping("/networks/{slug}/inventory")
	String add(@PathVariable String slug, @RequestParam(required = false) @Nullable Long member,
			@Valid @ModelAttribute("note") Note note, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		MemberView author = this.authors.resolve(scope, member);
		if (!result.hasErrors()) {
			try {
				this.knowledges.create(scope, author.id(), note.toCommand());
			}
			catch (FieldErrorsException ex) {
				result.rejectValue("category", "knowledge.category.unknown", new Object[] { note.category() }, null);
			}
		}
		if (htmx != null) {
			prepare(scope, author, model);
			model.addAttribute("saved", !result.hasErrors());
			model.addAttribute("group",
					CategoryTreeView.of(this.categories.tree(scope.networkId()))
						.groups()
						.stream()
						.filter((group) -> group.category().code().equals(note.category()))
						.findFirst()
						.orElse(null));
			model.addAttribute("direction", note.direction());
			model.addAttribute("oob", true);
			return "knowledge/inventory-note :: noteResponse";
		}
		if (result.hasErrors()) {
			prepare(scope, author, model);
			return "knowledge/inventory";
		}
		redirect.addFlashAttribute("notice", "inventory.added");
		return "redirect:/networks/" + slug + "/inventory"
				+ (Objects.equals(author.id(), scope.memberId()) ? "" : "?member=" + author.id()) + "#cat-"
				+ note.category();
	}

	private void prepare(NetworkScope scope, MemberView author, Model model) {
		List<KnowledgeView> items = this.knowledges.ofMember(author.id());
		model.addAttribute("scope", scope);
		model.addAttribute("author", author);
		model.addAttribute("self", Objects.equals(scope.memberId(), author.id()));
		model.addAttribute("tree", CategoryTreeView.of(this.categories.tree(scope.networkId())));
		model.addAttribute("items", items);
		if (!model.containsAttribute("note")) {
			model.addAttribute("note", new Note(Direction.OFFER, "", "", null));
		}
	}

	/**
	 * One note of the inventory: a title in one category, offered or asked for.
	 *
	 * @param direction offer or request
	 * @param category the category code
	 * @param title what it is, in a few words
	 * @param description more words, if wished
	 */
	record Note(@NotNull Direction direction, @NotBlank @Size(max = 60) String category,
			@NotBlank @Size(max = 120) String title, @Nullable @Size(max = 4000) String description) {

		KnowledgeCommand toCommand() {
			return new KnowledgeCommand(this.direction, this.title, this.description, List.of(this.category), null,
					null, null, null, null, null, null, null, null);
		}

	}

}
