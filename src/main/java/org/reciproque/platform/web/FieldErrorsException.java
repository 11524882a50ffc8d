package org.reciproque.platform.web;

import java.util.List;

/**
 * Validation that needs the database (an unknown category, a member of another network)
 * fails with this, so that the API answers with the same field-error problem as Bean
 * Validation does.
 */
public class FieldErrorsException extends RuntimeException {

	private final List<FieldErrorMessage> errors;

	public FieldErrorsException(List<FieldErrorMessage> errors) {
		super("Invalid fields: " + errors);
		this.errors = List.copyOf(errors);
	}

	public static FieldErrorsException of(String field, String messageKey, Object... arguments) {
		return new FieldErrorsException(List.of(new FieldErrorMessage(field, messageKey, arguments)));
	}

	public List<FieldErrorMessage> errors() {
		return this.errors;
	}

	/**
	 * One field's error.
	 *
	 * @param field the field path, as the caller sent it ({@code items[3].title})
	 * @param messageKey the message bundle key
	 * @param arguments the message arguments
	 */
	public record FieldErrorMessage(String field, String messageKey, Object... arguments) {
	}

}
