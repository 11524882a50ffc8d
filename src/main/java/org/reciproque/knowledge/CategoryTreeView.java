package org.reciproque.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The visible categories as a two-level tree, for selects and the board.
 *
 * @param groups each top-level category with its visible sub-categories
 */
record CategoryTreeView(List<Group> groups) {

	static CategoryTreeView of(List<CategoryView> categories) {
		Map<String, Group> groups = new LinkedHashMap<>();
		for (CategoryView category : categories) {
			if (category.isTopLevel() && !category.hidden()) {
				groups.put(category.code(), new Group(category, new ArrayList<>()));
			}
		}
		for (CategoryView category : categories) {
			if (!category.isTopLevel() && !category.hidden() && groups.containsKey(category.parentCode())) {
				groups.get(category.parentCode()).children().add(category);
			}
		}
		return new CategoryTreeView(List.copyOf(groups.values()));
	}

	/**
	 * A top-level category and its sub-categories.
	 *
	 * @param category the top-level category
	 * @param children its visible sub-categories
	 */
	record Group(CategoryView category, List<CategoryView> children) {
	}

}
