package org.tsunagu.council;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;

/**
 * Runs a step of a story as another user, for stories that pass between a 圏域 and the prefecture.
 */
final class TestUsers {

	private TestUsers() {
	}

	static <T> T as(Role role, String region, Supplier<T> step) {
		SecurityContext previous = SecurityContextHolder.getContext();
		String username = "test-" + role.name().toLowerCase() + (region == null ? "" : "-" + region);
		CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)), username,
				"試験 " + role.name(), role, role == Role.HEALTH_OFFICE ? region : null,
				role == Role.INSTITUTION ? "試験機関" : null);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(principal(user));
		SecurityContextHolder.setContext(context);
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static UsernamePasswordAuthenticationToken principal(CurrentUser user) {
		var principal = new org.tsunagu.identity.TsunaguPrincipal(user, null, true, false);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}
}
