package org.tsunagu.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts small secrets kept in the database (the TOTP secrets) with AES-256-GCM and the application's key
 * ({@code tsunagu.identity.secret-key}). A stored value is {@code v1:} followed by base64 of a random 96-bit
 * nonce and the ciphertext with its 128-bit tag. The row's identity goes in as associated data, so a value
 * copied into another user's row does not decrypt; a changed byte does not decrypt either.
 */
class SecretCipher {

	static final String PREFIX = "v1:";

	static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	SecretCipher(byte[] key) {
		if (key.length != KEY_BYTES) {
			throw new IllegalArgumentException("The key must be " + KEY_BYTES + " bytes, not " + key.length);
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/** Whether a stored value is encrypted (older rows may still hold the plain secret). */
	static boolean isEncrypted(String stored) {
		return stored.startsWith(PREFIX);
	}

	String encrypt(String plaintext, String context) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, context, plaintext.getBytes(StandardCharsets.UTF_8));
		byte[] stored = new byte[NONCE_BYTES + sealed.length];
		System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
		System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
		return PREFIX + Base64.getEncoder().encodeToString(stored);
	}

	/**
	 * The plain secret.
	 *
	 * @throws IllegalStateException when the value was changed, belongs to another context or another key
	 */
	String decrypt(String stored, String context) {
		if (!isEncrypted(stored)) {
			throw new IllegalArgumentException("Not an encrypted value");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException notBase64) {
			throw new IllegalStateException("The encrypted value is damaged", notBase64);
		}
		if (bytes.length <= NONCE_BYTES) {
			throw new IllegalStateException("The encrypted value is damaged");
		}
		byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
		byte[] sealed = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
		return new String(run(Cipher.DECRYPT_MODE, nonce, context, sealed), StandardCharsets.UTF_8);
	}

	private byte[] run(int mode, byte[] nonce, String context, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException failure) {
			// A wrong tag (changed value, other row, other key) ends here: never fall back to the plain text.
			throw new IllegalStateException("Could not decrypt or encrypt a stored secret", failure);
		}
	}
}
