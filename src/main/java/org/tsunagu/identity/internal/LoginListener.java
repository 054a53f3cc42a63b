package org.tsunagu.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

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

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		users.passwordAccepted(event.getAuthentication().getName(), clock.instant());
	}

	/** A wrong password (not an already locked or disabled account) counts towards the lockout. */
	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		users.loginFailed(event.getAuthentication().getName(), clock.instant());
	}
}
