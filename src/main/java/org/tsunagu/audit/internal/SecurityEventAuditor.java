package org.tsunagu.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.tsunagu.audit.AuditAction;

/**
 * Writes logins, failed logins and logouts to the audit log. Spring Security publishes these events through
 * the {@code AuthenticationEventPublisher} Spring Boot configures.
 * <p>
 * Only interactive (form) logins count as {@code LOGIN_SUCCESS}: HTTP Basic authenticates every API request
 * again, and logging each would bury the real logins. Failures are logged for both.
 */
@Component
class SecurityEventAuditor {

	/** Marks an actor whose name was typed in but never proven. */
	static final String UNVERIFIED = "unverified:";

	static final String TARGET_TYPE = "UserAccount";

	private final JpaAuditLog auditLog;

	SecurityEventAuditor(JpaAuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void onLogin(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		auditLog.recordAs(username, AuditAction.LOGIN_SUCCESS, TARGET_TYPE, username, null);
	}

	/** The name tried and the kind of failure (bad credentials, disabled, locked); never the password. */
	@EventListener
	void onLoginFailure(AbstractAuthenticationFailureEvent event) {
		String attempted = event.getAuthentication().getName();
		auditLog.recordAs(UNVERIFIED + attempted, AuditAction.LOGIN_FAILURE, TARGET_TYPE, attempted,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		auditLog.recordAs(username, AuditAction.LOGOUT, TARGET_TYPE, username, null);
	}
}
