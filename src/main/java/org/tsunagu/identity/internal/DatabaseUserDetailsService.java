package org.tsunagu.identity.internal;

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

	DatabaseUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(UserAccount::toPrincipal)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}
}
