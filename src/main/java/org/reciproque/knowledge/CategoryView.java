package org.reciproque.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A category as pages, the API and other modules see it.
 *
 * @param id the category's id
 * @param code its stable code ({@code cuisine/patisserie})
 * @param label its label in the network
 * @param parentCode the parent's code, for a sub-category
 * @param synonyms other words for the same thing
 * @param keywords related words
 * @param prompts example questions for the inventory (top-level categories)
 * @param hidden whether the network hid it
 */
public record CategoryView(long id, String code, String label, @Nullable String parentCode, List<String> synonyms,
		List<String> keywords, List<String> prompts, boolean hidden) {

	public boolean isTopLevel() {
		return this.parentCode == null;
	}

}
