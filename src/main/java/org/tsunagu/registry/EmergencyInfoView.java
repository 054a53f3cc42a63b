package org.tsunagu.registry;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child's emergency information as the emergency tab shows it. Before anything is entered the values are
 * empty and {@code version} is 0, so the first save is guarded like every other.
 *
 * @param sheetVersion the version number of the last printed 緊急時情報シート, 0 when none was printed
 */
public record EmergencyInfoView(UUID childId, long version, EmergencyInfoInput values, int sheetVersion,
		@Nullable Instant updatedAt, @Nullable String updatedBy) {
}
