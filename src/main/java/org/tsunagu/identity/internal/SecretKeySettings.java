package org.tsunagu.identity.internal;

import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that encrypts secrets stored in the database (TOTP secrets): 32 random bytes in base64, from the
 * environment ({@code TSUNAGU_IDENTITY_SECRET_KEY}) or the prefecture's secret store, never from git. The demo
 * profile and the tests use a fixed, published key.
 *
 * @param secretKey the key, base64
 */
@ConfigurationProperties("tsunagu.identity")
record SecretKeySettings(@Nullable String secretKey) {

	/** The key's bytes; stops the application with a message saying what to set when it is missing or short. */
	byte[] keyBytes() {
		String hint = " Set tsunagu.identity.secret-key (environment TSUNAGU_IDENTITY_SECRET_KEY) to 32 random bytes "
				+ "in base64, e.g. the output of `openssl rand -base64 32`, and keep it with the database backups' keys.";
		if (secretKey == null || secretKey.isBlank()) {
			throw new IllegalStateException("tsunagu.identity.secret-key is missing." + hint);
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(secretKey.strip());
		}
		catch (IllegalArgumentException notBase64) {
			throw new IllegalStateException("tsunagu.identity.secret-key is not base64." + hint);
		}
		if (bytes.length != SecretCipher.KEY_BYTES) {
			throw new IllegalStateException(
					"tsunagu.identity.secret-key has " + bytes.length + " bytes, it needs exactly " + SecretCipher.KEY_BYTES + "." + hint);
		}
		return java.util.Arrays.copyOf(bytes, SecretCipher.KEY_BYTES);
	}
}
