package org.tsunagu.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps each user's last login time (shown to administrators, used to find unused accounts) and counts
 * failed logins towards the lockout.
 */
@Component
class LoginListener {

	private final UserAccountService users;

	private final Clock clock;

	LoginListener(UserAccountService users, org.springframework.beans.factory.ObjectProvider<Clock> clock) {
		this.users = users;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Also starts the time within which exports need no re-authentication (the login counts as one). */
	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		users.passwordAccepted(event.getAuthentication().getName(), clock.instant());
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			RecentAuthentication.record(attributes.getRequest(), clock.instant());
		}
	}

	/** A wrong password (not an already locked or disabled account) counts towards the lockout. */
	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		users.loginFailed(event.getAuthentication().getName(), clock.instant());
	}
}
