package org.tsunagu.shared;

import java.util.Optional;

import org.springframework.data.domain.AuditorAware;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names who changes a record: the logged-in user, or {@value #SYSTEM} for start-up jobs and loaders.
 */
@Component
public class CurrentAuditor implements AuditorAware<String> {

	static final String SYSTEM = "system";

	@Override
	public Optional<String> getCurrentAuditor() {
		return Optional.of(currentUsername());
	}

	/** The logged-in user's name, or {@value #SYSTEM}. */
	public static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}
}
