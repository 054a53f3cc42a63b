package org.tsunagu.identity.internal;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Passwords after NIST SP 800-63B and the MHLW guideline: long rather than complex (at least 12
 * characters, no composition rules), not a commonly used password, not the user name.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password1234", "passwordpassword", "123456789012",
			"qwertyuiopas", "111111111111", "abcdefghijkl", "tsunagutsunagu", "iloveyou1234", "administrator",
			"changeme1234", "welcome12345", "nagano123456", "password12345", "qwerty123456");

	/** The reason a password is refused, as a message key; null when it is acceptable. */
	@Nullable
	String violation(String password, String username) {
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return "identity.password.tooShort";
		}
		if (password.length() > MAX_LENGTH) {
			return "identity.password.tooLong";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
			return "identity.password.common";
		}
		if (lower.contains(username.toLowerCase(Locale.ROOT))) {
			return "identity.password.containsUsername";
		}
		return null;
	}

	/** Throws when the password is not acceptable. */
	void check(String password, String username) {
		String violation = violation(password, username);
		if (violation != null) {
			throw new WeakPasswordException(violation);
		}
	}
}
