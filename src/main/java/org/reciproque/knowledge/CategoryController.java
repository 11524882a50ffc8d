package org.reciproque.knowledge;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.NotFoundException;
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
 * The animation team adapts its network's category tree: adds, renames, gives synonyms
 * and keywords, hides and merges categories. The category edited is named by its code in
 * a form field (codes contain a slash, which addresses handle badly).
 */
@Controller
class CategoryController {

	private static final String PAGE = "redirect:/networks/{slug}/categories";

	private final Categories categories;

	private final CategoryAdminPage page;

	private final NetworkGuard guard;

	CategoryController(Categories categories, CategoryAdminPage page, NetworkGuard guard) {
		this.categories = categories;
		this.page = page;
		this.guard = guard;
	}

	@GetMapping("/networks/{slug}/categories")
	String show(@PathVariable String slug, @RequestParam(required = false) @Nullable String edit, Model model) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		return this.page.render(scope, (edit == null || edit.isBlank()) ? null : edit, model);
	}

	@PostMapping("/networks/{slug}/categories/add")
	String add(@PathVariable String slug, @Valid @ModelAttribute("addForm") CategoryForms.NewCategory form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		if (!result.hasErrors()) {
			try {
				CategoryView added = this.categories.add(scope.networkId(), form.parentCode(), form.label());
				return done(redirect, "category.added", added.label(), added.code());
			}
			catch (ConflictException ex) {
				result.rejectValue("parentCode", ex.messageKey(), ex.arguments(), null);
			}
			catch (NotFoundException ex) {
				result.rejectValue("parentCode", ex.messageKey());
			}
		}
		return this.page.render(scope, null, model);
	}

	@PostMapping("/networks/{slug}/categories/rename")
	String rename(@PathVariable String slug, @Valid @ModelAttribute("renameForm") CategoryForms.Rename form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		CategoryView category = this.page.find(scope, form.code());
		if (result.hasErrors()) {
			return this.page.render(scope, category.code(), model);
		}
		CategoryView renamed = this.categories.rename(scope.networkId(), category.code(), form.newLabel());
		return done(redirect, "category.renamed", renamed.label(), renamed.code());
	}

	@PostMapping("/networks/{slug}/categories/words")
	String editWords(@PathVariable String slug, @Valid @ModelAttribute("wordsForm") CategoryForms.Words form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		CategoryView category = this.page.find(scope, form.code());
		if (result.hasErrors()) {
			return this.page.render(scope, category.code(), model);
		}
		this.categories.editWords(scope.networkId(), category.code(), form.synonyms(), form.keywords());
		return done(redirect, "category.wordsSaved", category.label(), category.code());
	}

	@PostMapping("/networks/{slug}/categories/visibility")
	String changeVisibility(@PathVariable String slug, @RequestParam(required = false) @Nullable String code,
			@RequestParam(defaultValue = "true") boolean hidden, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		CategoryView category = this.page.find(scope, code);
		CategoryView changed = this.categories.setHidden(scope.networkId(), category.code(), hidden);
		redirect.addFlashAttribute("notice", hidden ? "category.hidden.done" : "category.shown.done");
		redirect.addFlashAttribute("noticeArgument", changed.label());
		return PAGE + "#category-" + changed.id();
	}

	@PostMapping("/networks/{slug}/categories/merge")
	String merge(@PathVariable String slug, @Valid @ModelAttribute("mergeForm") CategoryForms.Merge form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		CategoryView category = this.page.find(scope, form.code());
		if (!result.hasErrors() && this.page.hasVisibleChildren(scope, category.code())) {
			// Merging would hide the parent and, with it, every sub-category still in
			// use.
			result.rejectValue("into", "category.merge.hasChildren");
		}
		if (!result.hasErrors()) {
			try {
				CategoryView into = this.categories.merge(scope.networkId(), category.code(), form.into());
				redirect.addFlashAttribute("notice", "category.merged");
				redirect.addFlashAttribute("noticeArgument", into.label());
				redirect.addAttribute("edit", into.code());
				return PAGE + "#edit";
			}
			catch (ConflictException ex) {
				result.rejectValue("into", ex.messageKey(), ex.arguments(), null);
			}
			catch (NotFoundException ex) {
				result.rejectValue("into", ex.messageKey());
			}
		}
		return this.page.render(scope, category.code(), model);
	}

	private static String done(RedirectAttributes redirect, String notice, String label, String code) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeArgument", label);
		redirect.addAttribute("edit", code);
		return PAGE + "#edit";
	}

}
