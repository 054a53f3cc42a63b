package org.tsunagu.identity.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A person who logs in to Tsunagu. Users are disabled, never deleted, so the audit log always names
 * somebody who existed.
 */
@Entity
@Table(name = "identity_users")
class UserAccount extends AuditedEntity {

	@Column(nullable = false, unique = true, length = 100)
	private String username;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Role role;

	@Column(name = "region_name", length = 50)
	private @Nullable String regionName;

	@Column(length = 200)
	private @Nullable String organisation;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "last_login_at")
	private @Nullable Instant lastLoginAt;

	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@Column(name = "first_failed_login_at")
	private @Nullable Instant firstFailedLoginAt;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Column(name = "totp_secret", length = 100)
	private @Nullable String totpSecret;

	@Column(name = "mfa_enrolled_at")
	private @Nullable Instant mfaEnrolledAt;

	@Column(name = "mfa_required", nullable = false)
	private boolean mfaRequired;

	@Column(name = "totp_last_step")
	private @Nullable Long totpLastStep;

	protected UserAccount() {
		this.username = "";
		this.displayName = "";
		this.passwordHash = "";
		this.role = Role.CLERK;
	}

	UserAccount(String username, String displayName, String passwordHash, Role role, @Nullable String regionName,
			@Nullable String organisation, boolean mustChangePassword) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		assign(role, regionName, organisation);
	}

	/**
	 * Gives the user a role with the scope it needs: a 圏域 for a health office, an organisation for an
	 * outside institution, neither otherwise.
	 */
	void assign(Role role, @Nullable String regionName, @Nullable String organisation) {
		if (role.scopeKind() == ScopeKind.REGION && (regionName == null || regionName.isBlank())) {
			throw new IllegalArgumentException("Role " + role + " needs a region");
		}
		if (role.scopeKind() == ScopeKind.ORGANISATION && (organisation == null || organisation.isBlank())) {
			throw new IllegalArgumentException("Role " + role + " needs an organisation");
		}
		this.role = role;
		this.regionName = role.scopeKind() == ScopeKind.REGION ? regionName : null;
		this.organisation = role.scopeKind() == ScopeKind.ORGANISATION ? organisation : null;
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	/** Sets a password the user chose; a one-time password must be changed at the next login. */
	void changePassword(String newHash, boolean oneTime) {
		this.passwordHash = newHash;
		this.mustChangePassword = oneTime;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	void loggedIn(Instant at) {
		this.lastLoginAt = at;
		clearFailures();
	}

	/** The user proved who they are again (re-authentication): earlier wrong attempts no longer count. */
	void clearFailures() {
		this.failedLogins = 0;
		this.firstFailedLoginAt = null;
		this.lockedUntil = null;
	}

	/**
	 * Counts a wrong password. Failures are counted within a window that starts with the first of them;
	 * reaching the limit inside it locks the account for a while.
	 */
	void loginFailed(Instant at, LockoutSettings lockout) {
		if (firstFailedLoginAt == null || at.isAfter(firstFailedLoginAt.plus(lockout.window()))) {
			firstFailedLoginAt = at;
			failedLogins = 0;
		}
		failedLogins++;
		if (failedLogins >= lockout.maxFailures()) {
			lockedUntil = at.plus(lockout.duration());
			failedLogins = 0;
			firstFailedLoginAt = null;
		}
	}

	/** Whether the account is locked at the given moment. */
	boolean isLockedAt(Instant at) {
		return lockedUntil != null && at.isBefore(lockedUntil);
	}

	/**
	 * Whether this user must pass a second factor to log in: every staff role when two-factor authentication
	 * is enforced, an outside organisation's account when an administrator requires it, and anyone who has
	 * enrolled.
	 */
	boolean needsSecondFactor(boolean enforced) {
		return hasSecondFactor() || mfaRequired || (enforced && role.scopeKind() != ScopeKind.ORGANISATION);
	}

	boolean hasSecondFactor() {
		return totpSecret != null;
	}

	/** Registers the authenticator app's secret after the user proved it with a valid code. */
	void enrolSecondFactor(String secret, long acceptedStep, Instant at) {
		this.totpSecret = secret;
		this.totpLastStep = acceptedStep;
		this.mfaEnrolledAt = at;
	}

	/** Stores the secret in another form (encrypted); the registration itself is unchanged. */
	void replaceTotpSecret(String stored) {
		this.totpSecret = stored;
	}

	/** An administrator removes a lost authenticator; the user enrols again at the next login. */
	void resetSecondFactor() {
		this.totpSecret = null;
		this.totpLastStep = null;
		this.mfaEnrolledAt = null;
	}

	void requireSecondFactor(boolean required) {
		this.mfaRequired = required;
	}

	/**
	 * Accepts a code's time step once: a code seen before (or an older one) is refused, so an observed code
	 * cannot be replayed.
	 */
	boolean acceptStep(long step) {
		if (totpLastStep != null && step <= totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	@Nullable
	String getTotpSecret() {
		return totpSecret;
	}

	@Nullable
	Instant getMfaEnrolledAt() {
		return mfaEnrolledAt;
	}

	boolean isMfaRequired() {
		return mfaRequired;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(getId(), username, displayName, role, regionName, organisation);
	}

	TsunaguPrincipal toPrincipal(Instant now) {
		return new TsunaguPrincipal(toCurrentUser(), passwordHash, enabled, mustChangePassword, !isLockedAt(now));
	}

	String getUsername() {
		return username;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Role getRole() {
		return role;
	}

	@Nullable
	String getRegionName() {
		return regionName;
	}

	@Nullable
	String getOrganisation() {
		return organisation;
	}

	boolean isEnabled() {
		return enabled;
	}

	boolean isMustChangePassword() {
		return mustChangePassword;
	}

	@Nullable
	Instant getLastLoginAt() {
		return lastLoginAt;
	}
}
