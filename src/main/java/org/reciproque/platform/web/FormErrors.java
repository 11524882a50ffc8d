package org.reciproque.platform.web;

import org.springframework.validation.BindingResult;

/**
 * Puts errors found by a service (a weak password, a taken address) next to the form
 * fields they concern, like Bean Validation's own errors.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(FieldErrorsException ex, BindingResult result) {
		for (FieldErrorsException.FieldErrorMessage error : ex.errors()) {
			result.rejectValue(error.field(), error.messageKey(), error.arguments(), null);
		}
	}

}
