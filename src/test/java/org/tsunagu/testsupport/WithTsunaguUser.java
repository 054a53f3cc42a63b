package org.tsunagu.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;

/**
 * Runs a test as a logged-in Tsunagu user of the given role (and 圏域 or organisation), as the application
 * itself would see them.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithTsunaguUser.Factory.class)
public @interface WithTsunaguUser {

	Role role();

	String username() default "";

	/** The 圏域 of a {@link Role#HEALTH_OFFICE} user. */
	String region() default "松本";

	/** The organisation of a {@link Role#INSTITUTION} user. */
	String organisation() default "架空訪問看護ステーション";

	/** Builds the security context. */
	class Factory implements WithSecurityContextFactory<WithTsunaguUser> {

		@Override
		public SecurityContext createSecurityContext(WithTsunaguUser annotation) {
			Role role = annotation.role();
			String username = annotation.username().isEmpty() ? "test-" + role.name().toLowerCase() : annotation.username();
			CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)),
					username, "試験 " + role.name(), role,
					role == Role.HEALTH_OFFICE ? annotation.region() : null,
					role == Role.INSTITUTION ? annotation.organisation() : null);
			TsunaguPrincipal principal = new TsunaguPrincipal(user, null, true, false);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			return context;
		}
	}
}
