package org.tsunagu.identity.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.PasswordConfirmation;

/**
 * Checks a re-entered password of the logged-in user the way {@link ReauthenticationService} does (a wrong one
 * counts towards the lockout; a disabled or locked account never confirms). A right one is a re-authentication
 * too: exports in the next minutes need no further password.
 */
@Service
class PasswordConfirmationService implements PasswordConfirmation {

	private final ReauthenticationService reauthentication;

	private final AuditLog audit;

	PasswordConfirmationService(ReauthenticationService reauthentication, AuditLog audit) {
		this.reauthentication = reauthentication;
		this.audit = audit;
	}

	/** In its own transaction: callers are often read-only, and a wrong password must still count. */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean confirm(String password, String purpose) {
		CurrentUser user = CurrentUsers.require();
		UserAccount account = reauthentication.load(user.id());
		// Failures are audited (and counted) by the check itself.
		if (!reauthentication.checkPassword(account, password, "password re-entered for: " + purpose)) {
			return false;
		}
		audit.record(AuditAction.LOGIN_SUCCESS, "PasswordConfirmation", user.id().toString(),
				"password re-entered for: " + purpose);
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			RecentAuthentication.record(attributes.getRequest(), reauthentication.now());
		}
		return true;
	}
}
