package org.tsunagu.identity.internal;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for login from the database.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	DatabaseUserDetailsService(UserAccountRepository users, ObjectProvider<Clock> clock) {
		this.users = users;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(account -> account.toPrincipal(clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}
}
