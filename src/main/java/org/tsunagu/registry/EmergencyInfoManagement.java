package org.tsunagu.registry;

import java.util.UUID;

/**
 * Emergency information of a child and the 緊急時情報シート printed from it. Reading checks the caller's
 * scope (and, for outside organisations, consent); every read, change and print is audited.
 */
public interface EmergencyInfoManagement {

	/** The child's emergency information; empty values with version 0 before anything is entered. */
	EmergencyInfoView emergencyInfo(UUID childId);

	/** Saves the emergency information; {@code version} guards against overwriting a colleague's change. */
	void update(UUID childId, long version, EmergencyInfoInput input);

	/**
	 * Prints a new version of the 緊急時情報シート (one A4 page, Japanese, embedded font) and keeps a record of
	 * it: version number, time, user and SHA-256 of the bytes. Audited as an export.
	 */
	EmergencySheet printSheet(UUID childId);
}
