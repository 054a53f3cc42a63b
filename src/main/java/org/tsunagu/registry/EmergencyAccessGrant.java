package org.tsunagu.registry;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One emergency access as the review list shows it.
 *
 * @param id the access's id
 * @param version the optimistic-locking version (for the review)
 * @param childId the child
 * @param childName the child's name (見本 花子)
 * @param username who asked (login name)
 * @param userDisplayName who asked (name)
 * @param userRole the role of who asked, e.g. {@code HEALTH_OFFICE}
 * @param reason the reason they stated
 * @param grantedAt when (UTC)
 * @param expiresAt until when (UTC, excluded)
 * @param reviewedAt when the センター長 reviewed it, or {@code null}
 * @param reviewedBy who reviewed it
 * @param reviewComment the review comment
 */
public record EmergencyAccessGrant(UUID id, long version, UUID childId, String childName, String username,
		String userDisplayName, String userRole, String reason, Instant grantedAt, Instant expiresAt,
		@Nullable Instant reviewedAt, @Nullable String reviewedBy, @Nullable String reviewComment) {

	/** Whether the センター長 has reviewed it. */
	public boolean reviewed() {
		return reviewedAt != null;
	}
}
