package org.reciproque.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Category codes to labels, for pages that show an item's categories.
 */
record CategoryLabels(Map<String, String> labels) {

	static CategoryLabels of(List<CategoryView> tree) {
		Map<String, String> labels = new HashMap<>();
		tree.forEach((category) -> labels.put(category.code(), category.label()));
		return new CategoryLabels(labels);
	}

	public String label(String code) {
		return this.labels.getOrDefault(code, code);
	}

}
