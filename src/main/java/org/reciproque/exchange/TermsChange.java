package org.reciproque.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One version of the terms and what it changed, field by field.
 *
 * @param version the version
 * @param fields the fields it changed, each with its text before and after
 */
record TermsChange(TermsView version, List<FieldChange> fields) {

	static TermsChange between(TermsText before, TermsView after) {
		Map<String, @Nullable String> old = before.asMap();
		List<FieldChange> fields = new ArrayList<>();
		after.text().asMap().forEach((field, text) -> {
			if (!Objects.equals(old.get(field), text)) {
				fields.add(new FieldChange(field, old.get(field), text));
			}
		});
		return new TermsChange(after, fields);
	}

	/**
	 * One field's change.
	 *
	 * @param field the field's name
	 * @param before its text before ({@code null}: empty)
	 * @param after its text after ({@code null}: emptied)
	 */
	record FieldChange(String field, @Nullable String before, @Nullable String after) {
	}

}
