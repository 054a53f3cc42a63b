package org.tsunagu.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A user as lists and forms show them; never the password.
 */
public record UserSummary(UUID id, long version, String username, String displayName, Role role,
		@Nullable String regionName, @Nullable String organisation, boolean enabled, boolean mustChangePassword,
		@Nullable Instant lastLoginAt) {
}
