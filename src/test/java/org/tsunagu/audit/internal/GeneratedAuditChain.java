package org.tsunagu.audit.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Lets the national-scale data generator (test code) seal its audit entries into the hash chain exactly as the
 * application does, so a generated database verifies intact.
 */
public final class GeneratedAuditChain {

	private GeneratedAuditChain() {
	}

	/** The entry hash of {@link ChainHash#of}. */
	public static String hash(String previousHash, long chainIndex, UUID id, Instant occurredAt, String actor,
			String action, String targetType, @Nullable String targetId, @Nullable String detail,
			@Nullable String remoteAddress) {
		return ChainHash.of(previousHash, chainIndex, id, occurredAt, actor, action, targetType, targetId, detail,
				remoteAddress);
	}
}
