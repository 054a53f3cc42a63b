package org.tsunagu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The hash of one audit entry in the chain: SHA-256 over the previous entry's hash and every field of this
 * entry, each written with its length so that no two different entries can produce the same input.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(String previousHash, long chainIndex, UUID id, Instant occurredAt, String actor, String action,
			String targetType, @Nullable String targetId, @Nullable String detail, @Nullable String remoteAddress) {
		StringBuilder input = new StringBuilder(256).append(previousHash).append('|').append(chainIndex).append('|');
		for (String field : new String[] { id.toString(), occurredAt.truncatedTo(ChronoUnit.MICROS).toString(), actor,
				action, targetType, targetId, detail, remoteAddress }) {
			if (field == null) {
				input.append("-;");
			}
			else {
				input.append(field.length()).append(':').append(field).append(';');
			}
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}
}
