package org.tsunagu.identity.internal;

/**
 * Thrown when a new password breaks the {@link PasswordPolicy}; carries the message key of the reason.
 */
public class WeakPasswordException extends RuntimeException {

	private final String messageKey;

	WeakPasswordException(String messageKey) {
		super("Password refused: " + messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
