package org.tsunagu.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.SecondFactors;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * The logged-in user proves again who they are before an export or a change of security settings: the password,
 * and the authenticator code when they registered an app. Like a login, every attempt is audited and wrong
 * passwords and codes count towards the lockout.
 */
@Service
@Transactional
public class ReauthenticationService {

	/** How a re-authentication ended. */
	public enum Outcome {
		/** Password (and code) right. */
		CONFIRMED,
		/** Wrong password, or a locked or disabled account (not told apart). */
		WRONG_PASSWORD,
		/** The user has an authenticator app but sent no code; not counted as a failure. */
		CODE_MISSING,
		/** Wrong code from the app (or recovery code). */
		WRONG_CODE
	}

	private static final String TARGET = "UserAccount";

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final SecondFactors secondFactors;

	private final LockoutSettings lockout;

	private final AuditLog audit;

	private final Clock clock;

	private final ReauthenticationSettings settings;

	ReauthenticationService(UserAccountRepository users, PasswordEncoder encoder, SecondFactors secondFactors,
			LockoutSettings lockout, AuditLog audit, ObjectProvider<Clock> clock, ReauthenticationSettings settings) {
		this.settings = settings;
		this.users = users;
		this.encoder = encoder;
		this.secondFactors = secondFactors;
		this.lockout = lockout;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Whether the user must also type a code from their authenticator app. */
	@Transactional(readOnly = true)
	public boolean needsCode(UUID userId) {
		return load(userId).hasSecondFactor();
	}

	/** Checks the password and, for a user with an authenticator app, the code. */
	public Outcome reauthenticate(UUID userId, String password, String code) {
		UserAccount account = load(userId);
		if (!checkPassword(account, password, "re-authentication")) {
			return Outcome.WRONG_PASSWORD;
		}
		if (account.hasSecondFactor()) {
			if (code.isBlank()) {
				return Outcome.CODE_MISSING;
			}
			// Counts a wrong code towards the lockout and audits it, as at the login.
			if (!secondFactors.verify(account.getUsername(), code)) {
				return Outcome.WRONG_CODE;
			}
		}
		account.clearFailures();
		audit.record(AuditAction.LOGIN_SUCCESS, TARGET, userId.toString(), "re-authenticated");
		return Outcome.CONFIRMED;
	}

	/**
	 * Checks the password alone (a locked or disabled account never passes); a wrong one counts towards the
	 * lockout and is audited with {@code purpose}.
	 */
	boolean checkPassword(UserAccount account, String password, String purpose) {
		Instant now = clock.instant();
		boolean usable = account.isEnabled() && !account.isLockedAt(now);
		// The hash is computed even for a locked account, so the answer takes the same time.
		boolean matches = encoder.matches(password, account.getPasswordHash());
		if (usable && matches) {
			return true;
		}
		if (usable) {
			account.loginFailed(now, lockout);
		}
		audit.record(AuditAction.LOGIN_FAILURE, TARGET, account.getId().toString(),
				usable ? purpose + ": wrong password" : purpose + ": account locked or disabled");
		return false;
	}

	/**
	 * The password of an API call's HTTP Basic header, checked like the re-authentication page: a wrong one counts
	 * towards the lockout and is audited (Spring Security does not check it again on a request that already has a
	 * session of the same user).
	 */
	@Transactional
	public boolean checkBasicPassword(String username, String password) {
		return users.findByUsername(username)
			.map(account -> checkPassword(account, password, "api re-authentication"))
			.orElse(false);
	}

	UserAccount load(UUID userId) {
		return users.findById(userId).orElseThrow(() -> new RecordNotFoundException(TARGET, userId));
	}

	/** The time now, by the application's clock. */
	public Instant now() {
		return clock.instant();
	}

	/** How long a re-authentication (or a login) lets the user export and change security settings. */
	public Duration maxAge() {
		return settings.maxAge();
	}
}
