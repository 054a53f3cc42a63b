package org.tsunagu.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.identity.SecondFactors;
import org.tsunagu.shared.RecordNotFoundException;

@Service
@Transactional
class SecondFactorService implements SecondFactors {

	private static final String TARGET = "UserAccount";

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final int RECOVERY_CODES = 10;

	private final UserAccountRepository users;

	private final RecoveryCodeRepository recoveryCodes;

	private final TotpCodes totp;

	private final PasswordEncoder encoder;

	private final MfaSettings settings;

	private final LockoutSettings lockout;

	private final AuditLog audit;

	private final Clock clock;

	private final TotpSecrets secrets;

	private final SecureRandom random = new SecureRandom();

	SecondFactorService(UserAccountRepository users, RecoveryCodeRepository recoveryCodes, TotpCodes totp,
			PasswordEncoder encoder, MfaSettings settings, LockoutSettings lockout, AuditLog audit,
			ObjectProvider<Clock> clock, TotpSecrets secrets) {
		this.secrets = secrets;
		this.users = users;
		this.recoveryCodes = recoveryCodes;
		this.totp = totp;
		this.encoder = encoder;
		this.settings = settings;
		this.lockout = lockout;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean needsSecondFactor(String username) {
		return users.findByUsername(username).map(account -> account.needsSecondFactor(settings.enforced()))
			.orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasSecondFactor(String username) {
		return users.findByUsername(username).map(UserAccount::hasSecondFactor).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public Enrolment startEnrolment(String username) {
		UserAccount account = byName(username);
		if (account.hasSecondFactor()) {
			throw new IllegalStateException("The user has already registered an authenticator");
		}
		String secret = totp.newSecret();
		return new Enrolment(secret, totp.qrCodeDataUri(settings.issuer(), username, secret));
	}

	@Override
	public List<String> completeEnrolment(String username, String secret, String code) {
		UserAccount account = byName(username);
		if (account.hasSecondFactor()) {
			throw new IllegalStateException("The user has already registered an authenticator");
		}
		OptionalLong step = totp.matchingStep(secret, code);
		if (step.isEmpty()) {
			account.loginFailed(clock.instant(), lockout);
			throw new IllegalArgumentException("The code does not match the new secret");
		}
		account.enrolSecondFactor(secrets.seal(account, secret), step.getAsLong(), clock.instant());
		account.loggedIn(clock.instant());
		audit.record(AuditAction.UPDATE, TARGET, account.getId().toString(), "two-factor authentication registered");
		return newRecoveryCodes(account);
	}

	@Override
	public boolean verify(String username, String code) {
		UserAccount account = byName(username);
		if (!account.hasSecondFactor() || account.isLockedAt(clock.instant())) {
			return false;
		}
		OptionalLong step = totp.matchingStep(secrets.open(account), code);
		boolean accepted = step.isPresent() ? account.acceptStep(step.getAsLong()) : useRecoveryCode(account, code);
		if (accepted) {
			account.loggedIn(clock.instant());
			audit.record(AuditAction.LOGIN_SUCCESS, TARGET, account.getId().toString(), "second factor");
		}
		else {
			account.loginFailed(clock.instant(), lockout);
			audit.record(AuditAction.LOGIN_FAILURE, TARGET, account.getId().toString(), "wrong second factor");
		}
		return accepted;
	}

	@Override
	@Transactional(readOnly = true)
	public Status status(UUID userId) {
		UserAccount account = load(userId);
		boolean organisation = account.getRole().scopeKind() == ScopeKind.ORGANISATION;
		return new Status(account.getMfaEnrolledAt(), settings.enforced() && !organisation,
				organisation && account.isMfaRequired(), organisation);
	}

	@Override
	public void reset(UUID userId, long version) {
		UserAccount account = load(userId);
		account.checkVersion(version);
		account.resetSecondFactor();
		recoveryCodes.deleteByUserId(userId);
		audit.record(AuditAction.UPDATE, TARGET, userId.toString(), "two-factor authentication reset");
	}

	@Override
	public void require(UUID userId, long version, boolean required) {
		UserAccount account = load(userId);
		account.checkVersion(version);
		if (account.getRole().scopeKind() != ScopeKind.ORGANISATION) {
			throw new IllegalArgumentException("Staff roles always use two-factor authentication when it is enforced");
		}
		account.requireSecondFactor(required);
		audit.record(AuditAction.UPDATE, TARGET, userId.toString(),
				required ? "two-factor authentication required" : "two-factor authentication optional");
	}

	private boolean useRecoveryCode(UserAccount account, String code) {
		String normalised = code.strip().toLowerCase(java.util.Locale.ROOT);
		if (!normalised.matches("[a-z0-9]{4}-[a-z0-9]{4}")) {
			return false;
		}
		for (RecoveryCode candidate : recoveryCodes.findUnused(account.getId())) {
			if (encoder.matches(normalised, candidate.getCodeHash())) {
				candidate.use(clock.instant());
				return true;
			}
		}
		return false;
	}

	private List<String> newRecoveryCodes(UserAccount account) {
		recoveryCodes.deleteByUserId(account.getId());
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = randomChars(4) + "-" + randomChars(4);
			codes.add(code);
			recoveryCodes.save(new RecoveryCode(account.getId(), encoder.encode(code)));
		}
		return codes;
	}

	private String randomChars(int length) {
		StringBuilder chars = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			chars.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return chars.toString();
	}

	private UserAccount load(UUID userId) {
		return users.findById(userId).orElseThrow(() -> new RecordNotFoundException(TARGET, userId));
	}

	private UserAccount byName(String username) {
		return users.findByUsername(username).orElseThrow(() -> new RecordNotFoundException(TARGET, username));
	}
}
