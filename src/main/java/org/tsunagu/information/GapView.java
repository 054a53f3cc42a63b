package org.tsunagu.information;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A gap in the region's resources (資源開拓) with its status and actions.
 */
public record GapView(UUID id, long version, String regionName, String title, @Nullable String description,
		GapStatus status, @Nullable String actions, @Nullable String councilReference, @Nullable Instant updatedAt,
		@Nullable String updatedBy) {
}
