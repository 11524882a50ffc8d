package org.reciproque.platform;

/**
 * The request cannot be carried out in the current state (a duplicate, a closed step).
 * Shown as a 409 problem, or as an error message next to the form.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
