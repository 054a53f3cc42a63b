package org.tsunagu.registry.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * 緊急時アクセス: a staff member opened the emergency information of a child outside their scope, for a stated
 * reason, until {@code expiresAt}. Never deleted; the センター長 marks it reviewed once.
 */
@Entity
@Table(name = "registry_emergency_access")
class EmergencyAccess extends AuditedEntity {

	/** The roles that may ask: staff who act in an emergency, never outside organisations, clerks or admins. */
	static final Set<Role> MAY_ASK = EnumSet.of(Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE,
			Role.HEALTH_OFFICE);

	static final int TEXT_LENGTH = 500;

	@Column(name = "child_id", nullable = false, updatable = false)
	private UUID childId = new UUID(0, 0);

	@Column(nullable = false, length = 100, updatable = false)
	private String username = "";

	@Column(name = "user_display_name", nullable = false, length = 100, updatable = false)
	private String userDisplayName = "";

	@Enumerated(EnumType.STRING)
	@Column(name = "user_role", nullable = false, length = 30, updatable = false)
	private Role userRole = Role.CONSULTANT;

	@Column(nullable = false, length = TEXT_LENGTH, updatable = false)
	private String reason = "";

	@Column(name = "granted_at", nullable = false, updatable = false)
	private Instant grantedAt = Instant.EPOCH;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt = Instant.EPOCH;

	@Column(name = "reviewed_at")
	private @Nullable Instant reviewedAt;

	@Column(name = "reviewed_by", length = 100)
	private @Nullable String reviewedBy;

	@Column(name = "review_comment", length = TEXT_LENGTH)
	private @Nullable String reviewComment;

	protected EmergencyAccess() {
	}

	private EmergencyAccess(UUID childId, CurrentUser user, String reason, Instant now, Duration duration) {
		this.childId = childId;
		this.username = user.username();
		this.userDisplayName = user.displayName();
		this.userRole = user.role();
		this.reason = reason;
		this.grantedAt = now;
		this.expiresAt = now.plus(duration);
	}

	/**
	 * Grants access from {@code now} for {@code duration}.
	 *
	 * @throws IllegalArgumentException when no reason is given or it is too long
	 * @throws AccessDeniedException when the user's role may not ask for emergency access
	 */
	static EmergencyAccess grant(UUID childId, CurrentUser user, @Nullable String reason, Instant now,
			Duration duration) {
		if (!MAY_ASK.contains(user.role())) {
			throw new AccessDeniedException("Role " + user.role() + " may not ask for emergency access");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("An emergency access needs a reason");
		}
		if (reason.strip().length() > TEXT_LENGTH) {
			throw new IllegalArgumentException("The reason is longer than " + TEXT_LENGTH + " characters");
		}
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("An emergency access lasts a positive time, not " + duration);
		}
		return new EmergencyAccess(childId, user, reason.strip(), now, duration);
	}

	/** Whether the access is open at {@code now}: from the grant until (not including) the expiry. */
	boolean isActiveAt(Instant now) {
		return !now.isBefore(grantedAt) && now.isBefore(expiresAt);
	}

	boolean isReviewed() {
		return reviewedAt != null;
	}

	/**
	 * The センター長 has looked at this access.
	 *
	 * @throws IllegalStateException when it was reviewed already
	 */
	void markReviewed(String reviewer, Instant at, @Nullable String comment) {
		if (isReviewed()) {
			throw new IllegalStateException("Emergency access " + getId() + " was reviewed already");
		}
		this.reviewedAt = at;
		this.reviewedBy = reviewer;
		this.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
	}

	UUID getChildId() {
		return childId;
	}

	String getUsername() {
		return username;
	}

	String getUserDisplayName() {
		return userDisplayName;
	}

	Role getUserRole() {
		return userRole;
	}

	String getReason() {
		return reason;
	}

	Instant getGrantedAt() {
		return grantedAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	@Nullable Instant getReviewedAt() {
		return reviewedAt;
	}

	@Nullable String getReviewedBy() {
		return reviewedBy;
	}

	@Nullable String getReviewComment() {
		return reviewComment;
	}
}
