package org.tsunagu.notification;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An e-mail to send: the recipient, the template that writes it and the values the template uses.
 * <p>
 * The template is a Thymeleaf text template {@code templates/mail/<template>.txt} owned by the calling module
 * (e.g. {@code training/accepted}); its first line is the subject, and the body follows after one empty line.
 * Message keys ({@code #{...}}) may be used. Values must be plain strings, numbers or dates: mails are written
 * when queued, so entities never reach the outbox.
 *
 * @param to the recipient's address
 * @param template the template name below {@code templates/mail/}, without {@code .txt}
 * @param variables the values the template refers to
 * @param locale the language to write in (Japanese unless the recipient chose English)
 */
public record Mail(String to, String template, Map<String, Object> variables, Locale locale) {

	/** Good enough to refuse what is surely not an address; the mail server has the last word. */
	private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern TEMPLATE = Pattern.compile("^[a-z0-9-]+(/[a-z0-9-]+)*$");

	public Mail {
		if (!ADDRESS.matcher(to).matches() || to.length() > 254) {
			throw new IllegalArgumentException("Not an e-mail address: " + to);
		}
		if (!TEMPLATE.matcher(template).matches()) {
			throw new IllegalArgumentException("Not a mail template name: " + template);
		}
		variables = Map.copyOf(variables);
	}

	/** A mail in Japanese, the default language. */
	public static Mail japanese(String to, String template, Map<String, Object> variables) {
		return new Mail(to, template, variables, Locale.JAPANESE);
	}
}
