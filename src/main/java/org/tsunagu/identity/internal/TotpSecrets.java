package org.tsunagu.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP secrets are stored encrypted ({@link SecretCipher}), bound to their user's row. Secrets stored in plain
 * text before encryption existed are encrypted once at startup, and any still found later is encrypted when it
 * is next read, so no plain secret stays in the database or its backups.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TotpSecrets implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(TotpSecrets.class);

	private final SecretCipher cipher;

	private final UserAccountRepository users;

	TotpSecrets(SecretKeySettings settings, UserAccountRepository users) {
		// Fails the startup, with a message saying what to set, when the key is missing or not 32 bytes.
		this.cipher = new SecretCipher(settings.keyBytes());
		this.users = users;
	}

	/** The value to store for a new secret of this user. */
	String seal(UserAccount account, String secret) {
		return cipher.encrypt(secret, context(account));
	}

	/** The user's plain secret; an old plain value is encrypted on the way. */
	String open(UserAccount account) {
		String stored = account.getTotpSecret();
		if (stored == null) {
			throw new IllegalStateException("The user has no authenticator");
		}
		if (SecretCipher.isEncrypted(stored)) {
			return cipher.decrypt(stored, context(account));
		}
		account.replaceTotpSecret(seal(account, stored));
		return stored;
	}

	/** Encrypts secrets stored before they were encrypted. */
	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		int encrypted = 0;
		for (UserAccount account : users.findByTotpSecretIsNotNull()) {
			String stored = account.getTotpSecret();
			if (stored != null && !SecretCipher.isEncrypted(stored)) {
				account.replaceTotpSecret(seal(account, stored));
				encrypted++;
			}
		}
		if (encrypted > 0) {
			LOG.info("Encrypted {} TOTP secrets stored before encryption", encrypted);
		}
	}

	/** Associated data: the value only decrypts in this column of this user's row. */
	private static String context(UserAccount account) {
		return "identity_users.totp_secret:" + account.getId();
	}
}
