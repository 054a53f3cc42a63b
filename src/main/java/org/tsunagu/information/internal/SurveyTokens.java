package org.tsunagu.information.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Answer links that cannot be guessed: 32 random bytes (256 bits) from a strong generator, URL-safe, and
 * only their SHA-256 stored. A plain hash is enough here: unlike passwords, the tokens carry full entropy.
 */
final class SurveyTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SurveyTokens() {
	}

	/** A new token, 43 URL-safe characters. */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The stored form of a token. */
	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
		}
	}

	/** The public address of a token. */
	static String path(String token) {
		return "/public/surveys/r/" + token;
	}
}
