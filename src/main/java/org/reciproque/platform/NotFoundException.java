package org.reciproque.platform;

/**
 * Something the caller asked for does not exist (or must look as if it did not). Shown as
 * a 404 page or a 404 problem.
 */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	public NotFoundException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/**
	 * The message bundle key that explains, in the user's language, what was not found.
	 */
	public String messageKey() {
		return this.messageKey;
	}

}
