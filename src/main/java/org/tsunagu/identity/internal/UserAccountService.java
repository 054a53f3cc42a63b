package org.tsunagu.identity.internal;

import java.security.SecureRandom;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.OneTimePassword;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.identity.UserSummary;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * Users and passwords, audited. A health office user's 圏域 must exist in the reference data.
 */
@Service
@Transactional
class UserAccountService implements UserManagement {

	private static final String TARGET = "UserAccount";

	private static final String ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final ReferenceData reference;

	private final AuditLog audit;

	private final LockoutSettings lockout;

	private final MfaSettings mfa;

	private final SecureRandom random = new SecureRandom();

	UserAccountService(UserAccountRepository users, PasswordEncoder encoder, PasswordPolicy policy,
			ReferenceData reference, AuditLog audit, LockoutSettings lockout, MfaSettings mfa) {
		this.mfa = mfa;
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.reference = reference;
		this.audit = audit;
		this.lockout = lockout;
	}

	@Override
	public OneTimePassword createUser(NewUser user) {
		String oneTime = oneTimePassword();
		return new OneTimePassword(save(user, oneTime, true).getId(), oneTime);
	}

	@Override
	public UUID createUserWithPassword(NewUser user, String password) {
		return save(user, password, false).getId();
	}

	private UserAccount save(NewUser user, String password, boolean oneTime) {
		if (users.existsByUsername(user.username())) {
			throw new DuplicateUsernameException(user.username());
		}
		checkRegion(user.role(), user.regionName());
		UserAccount account = users.save(new UserAccount(user.username(), user.displayName(),
				encoder.encode(password), user.role(), user.regionName(), user.organisation(), oneTime));
		audit.record(AuditAction.CREATE, TARGET, account.getId().toString(),
				"username=" + user.username() + " role=" + user.role());
		return account;
	}

	@Override
	public void updateUser(UUID id, long version, String displayName, Role role, @Nullable String regionName,
			@Nullable String organisation, boolean enabled) {
		UserAccount account = load(id);
		account.checkVersion(version);
		checkRegion(role, regionName);
		account.rename(displayName);
		account.assign(role, regionName, organisation);
		account.enable(enabled);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "role=" + role + " enabled=" + enabled);
	}

	@Override
	public OneTimePassword resetPassword(UUID id) {
		UserAccount account = load(id);
		String oneTime = oneTimePassword();
		account.changePassword(encoder.encode(oneTime), true);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "password reset (one-time password issued)");
		return new OneTimePassword(id, oneTime);
	}

	@Override
	public void changeOwnPassword(UUID id, String currentPassword, String newPassword) {
		UserAccount account = load(id);
		if (!encoder.matches(currentPassword, account.getPasswordHash())) {
			throw new IllegalArgumentException("The current password is wrong");
		}
		policy.check(newPassword, account.getUsername());
		account.changePassword(encoder.encode(newPassword), false);
		audit.record(AuditAction.UPDATE, TARGET, id.toString(), "password changed by the user");
	}

	@Override
	@Transactional(readOnly = true)
	public Page<UserSummary> findUsers(@Nullable Role role, @Nullable String text, Pageable pageable) {
		// Always a pattern, never a null parameter: PostgreSQL cannot type a null inside lower(concat(...)).
		String pattern = text == null || text.isBlank() ? "%"
				: "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
		return users.search(role, pattern, pageable).map(UserAccountService::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public UserSummary getUser(UUID id) {
		return summary(load(id));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasUsers() {
		return users.count() > 0;
	}

	/** Records the time of a successful interactive login; the failed-login count starts again. */
	/**
	 * The password was right. The login is complete — and the failure count reset — only if no second factor
	 * is needed; otherwise wrong codes keep counting towards the lockout across password attempts.
	 */
	void passwordAccepted(String username, java.time.Instant at) {
		users.findByUsername(username)
			.filter(account -> !account.needsSecondFactor(mfa.enforced()))
			.ifPresent(account -> users.recordLogin(account.getId(), at));
	}

	/** Counts a failed login of a known user (unknown names are only in the audit log). */
	void loginFailed(String username, java.time.Instant at) {
		users.findByUsername(username).ifPresent(account -> account.loginFailed(at, lockout));
	}

	private void checkRegion(Role role, @Nullable String regionName) {
		if (role.scopeKind() == ScopeKind.REGION && (regionName == null || reference.region(regionName).isEmpty())) {
			throw new IllegalArgumentException("Unknown region: " + regionName);
		}
	}

	private UserAccount load(UUID id) {
		return users.findById(id).orElseThrow(() -> new RecordNotFoundException(TARGET, id));
	}

	private String oneTimePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
		}
		return password.toString();
	}

	private static UserSummary summary(UserAccount account) {
		return new UserSummary(account.getId(), account.getVersion(), account.getUsername(),
				account.getDisplayName(), account.getRole(), account.getRegionName(), account.getOrganisation(),
				account.isEnabled(), account.isMustChangePassword(), account.getLastLoginAt());
	}
}
