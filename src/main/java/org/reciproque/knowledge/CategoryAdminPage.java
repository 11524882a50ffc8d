package org.reciproque.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.reciproque.platform.NotFoundException;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the category page: the whole tree (hidden categories included,
 * unlike the tree members choose from), how many active items each category has, and the
 * forms of the category being edited. Forms already in the model (sent back with errors)
 * are kept as typed.
 */
@Component
class CategoryAdminPage {

	static final String VIEW = "knowledge/categories";

	private final Categories categories;

	private final KnowledgeSearch search;

	CategoryAdminPage(Categories categories, KnowledgeSearch search) {
		this.categories = categories;
		this.search = search;
	}

	String render(NetworkScope scope, @Nullable String editedCode, Model model) {
		List<CategoryView> tree = this.categories.tree(scope.networkId());
		model.addAttribute("scope", scope);
		model.addAttribute("groups", groups(tree));
		model.addAttribute("labels", CategoryLabels.of(tree));
		model.addAttribute("counts",
				this.search.search(new KnowledgeSearch.Query(scope.networkId(), false, null, null, null, 0, 1))
					.categoryCounts());
		model.addAttribute("parents", tree.stream().filter(CategoryView::isTopLevel).toList());
		addIfAbsent(model, "addForm", new CategoryForms.NewCategory(null, ""));
		if (editedCode != null) {
			CategoryView edited = find(tree, editedCode);
			model.addAttribute("edited", edited);
			model.addAttribute("mergeTargets",
					tree.stream().filter((category) -> !category.code().equals(edited.code())).toList());
			addIfAbsent(model, "renameForm", new CategoryForms.Rename(edited.code(), edited.label()));
			addIfAbsent(model, "wordsForm", new CategoryForms.Words(edited.code(), String.join(", ", edited.synonyms()),
					String.join(", ", edited.keywords())));
			addIfAbsent(model, "mergeForm", new CategoryForms.Merge(edited.code(), "", false));
		}
		return VIEW;
	}

	/**
	 * The category of this network with this code.
	 * @throws NotFoundException when there is none
	 */
	CategoryView find(NetworkScope scope, @Nullable String code) {
		return find(this.categories.tree(scope.networkId()), code);
	}

	/**
	 * Whether the category has sub-categories that are still shown.
	 */
	boolean hasVisibleChildren(NetworkScope scope, String code) {
		return this.categories.tree(scope.networkId())
			.stream()
			.anyMatch((category) -> code.equals(category.parentCode()) && !category.hidden());
	}

	private static CategoryView find(List<CategoryView> tree, @Nullable String code) {
		return tree.stream()
			.filter((category) -> category.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.category.notFound"));
	}

	private static List<CategoryTreeView.Group> groups(List<CategoryView> tree) {
		Map<String, CategoryTreeView.Group> groups = new LinkedHashMap<>();
		tree.stream()
			.filter(CategoryView::isTopLevel)
			.forEach(
					(category) -> groups.put(category.code(), new CategoryTreeView.Group(category, new ArrayList<>())));
		tree.stream()
			.filter((category) -> !category.isTopLevel() && groups.containsKey(category.parentCode()))
			.forEach((category) -> groups.get(category.parentCode()).children().add(category));
		return List.copyOf(groups.values());
	}

	private static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

}
