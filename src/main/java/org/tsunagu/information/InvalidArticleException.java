package org.tsunagu.information;

/**
 * Input the article cannot take, tied to a form field and a message key (e.g. a slug already used).
 */
public class InvalidArticleException extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	public InvalidArticleException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}
}
