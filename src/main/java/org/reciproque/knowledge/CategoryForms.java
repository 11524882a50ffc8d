package org.reciproque.knowledge;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What animators send from the category page. Field names differ from one form to the
 * next because the forms share one page, where a field's name is also its id.
 */
final class CategoryForms {

	static final int LABEL_MAX = 80;

	static final int WORDS_MAX = 2000;

	private CategoryForms() {
	}

	/**
	 * A new category.
	 *
	 * @param parentCode the parent's code, or empty for a top-level category
	 * @param label its label
	 */
	record NewCategory(@Nullable String parentCode,
			@NotBlank(message = "{category.label.required}") @Size(max = LABEL_MAX,
					message = "{category.label.tooLong}") String label) {
	}

	/**
	 * A new label for a category.
	 *
	 * @param code the category's code
	 * @param newLabel its new label
	 */
	record Rename(@Nullable String code, @NotBlank(message = "{category.label.required}") @Size(max = LABEL_MAX,
			message = "{category.label.tooLong}") String newLabel) {
	}

	/**
	 * The words that lead a search to a category.
	 *
	 * @param code the category's code
	 * @param synonyms other words for the same thing, comma-separated
	 * @param keywords related words, comma-separated
	 */
	record Words(@Nullable String code,
			@Nullable @Size(max = WORDS_MAX, message = "{category.synonyms.tooLong}") String synonyms,
			@Nullable @Size(max = WORDS_MAX, message = "{category.keywords.tooLong}") String keywords) {
	}

	/**
	 * Merging one category into another.
	 *
	 * @param code the category merged (it is then hidden)
	 * @param into the category that receives its items and words
	 * @param confirm whether the animator confirmed: items cannot be moved back
	 */
	record Merge(@Nullable String code, @NotBlank(message = "{category.merge.into.required}") String into,
			@AssertTrue(message = "{category.merge.confirm.required}") Boolean confirm) {

		// An unticked box sends nothing: that means "not confirmed".
		Merge {
			confirm = Boolean.TRUE.equals(confirm);
		}

	}

}
