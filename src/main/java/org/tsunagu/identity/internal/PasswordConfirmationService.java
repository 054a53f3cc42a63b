package org.tsunagu.identity.internal;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.PasswordConfirmation;

/**
 * Checks a re-entered password against the stored hash of the logged-in user with the application's
 * {@link PasswordEncoder}; a disabled account never confirms.
 */
@Service
@Transactional(readOnly = true)
class PasswordConfirmationService implements PasswordConfirmation {

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	PasswordConfirmationService(UserAccountRepository users, PasswordEncoder encoder, AuditLog audit) {
		this.users = users;
		this.encoder = encoder;
		this.audit = audit;
	}

	@Override
	public boolean confirm(String password, String purpose) {
		CurrentUser user = CurrentUsers.require();
		boolean confirmed = users.findById(user.id())
			.filter(UserAccount::isEnabled)
			.map(account -> encoder.matches(password, account.getPasswordHash()))
			.orElse(false);
		// An authentication event like a login, so it is recorded as one.
		audit.record(confirmed ? AuditAction.LOGIN_SUCCESS : AuditAction.LOGIN_FAILURE, "PasswordConfirmation",
				user.id().toString(), "password re-entered for: " + purpose);
		return confirmed;
	}
}
