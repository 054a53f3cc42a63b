package org.tsunagu.shared;

import java.util.UUID;

/**
 * Thrown when a change is based on an older version of a record than the one stored: somebody else saved
 * it in the meantime. Shown to users as a conflict (HTTP 409), never silently overwritten.
 */
public class StaleRecordException extends RuntimeException {

	private final long currentVersion;

	public StaleRecordException(String type, UUID id, long expectedVersion, long currentVersion) {
		super("%s %s was changed by someone else (expected version %d, current %d)".formatted(type, id,
				expectedVersion, currentVersion));
		this.currentVersion = currentVersion;
	}

	public long getCurrentVersion() {
		return currentVersion;
	}
}
