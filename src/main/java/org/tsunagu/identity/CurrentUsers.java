package org.tsunagu.identity;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The logged-in user of the current request.
 */
public final class CurrentUsers {

	private CurrentUsers() {
	}

	/** The logged-in user, if any. */
	public static Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TsunaguPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

	/** The logged-in user; fails when nobody is logged in. */
	public static CurrentUser require() {
		return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No user is logged in"));
	}
}
