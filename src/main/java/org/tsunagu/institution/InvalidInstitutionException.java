package org.tsunagu.institution;

/**
 * Thrown when an institution cannot be stored because of one field (unknown municipality, 事業所番号 already
 * used); screens show it on that field, the API as 400.
 */
public class InvalidInstitutionException extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	public InvalidInstitutionException(String field, String messageKey) {
		super("Invalid " + field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	/** The form field at fault. */
	public String getField() {
		return field;
	}

	/** The message key of the error. */
	public String getMessageKey() {
		return messageKey;
	}
}
