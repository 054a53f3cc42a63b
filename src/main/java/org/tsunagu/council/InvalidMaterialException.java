package org.tsunagu.council;

/**
 * An uploaded material that is refused: empty, too large or of a type that is not allowed. Carries the
 * message key for the form.
 */
public class InvalidMaterialException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public InvalidMaterialException(String messageKey) {
		super("Material refused: " + messageKey);
		this.messageKey = messageKey;
	}

	/** The message key describing why. */
	public String getMessageKey() {
		return messageKey;
	}
}
