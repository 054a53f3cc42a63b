package org.tsunagu.identity.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the check of {@link org.tsunagu.shared.web.RecentAuthenticationRequired} for every module's
 * handlers. Web slice tests load this without the user store, so every collaborator is optional.
 */
@Configuration(proxyBeanMethods = false)
class RecentAuthenticationConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<ReauthenticationSettings> settings;

	private final ObjectProvider<Clock> clock;

	private final ObjectProvider<DaoAuthenticationProvider> passwords;

	private final ObjectProvider<ProblemDetailsSecurityHandler> problems;

	private final ObjectProvider<ReauthenticationService> reauthentication;

	RecentAuthenticationConfiguration(ObjectProvider<ReauthenticationSettings> settings, ObjectProvider<Clock> clock,
			ObjectProvider<DaoAuthenticationProvider> passwords, ObjectProvider<ProblemDetailsSecurityHandler> problems,
			ObjectProvider<ReauthenticationService> reauthentication) {
		this.reauthentication = reauthentication;
		this.settings = settings;
		this.clock = clock;
		this.passwords = passwords;
		this.problems = problems;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		DaoAuthenticationProvider provider = passwords.getIfAvailable();
		// A wrong password counts towards the lockout and is audited, as on the re-authentication page; a web slice
		// without the service checks the password alone. Looked up per call: the service needs the database.
		RecentAuthenticationInterceptor.PasswordCheck check = provider == null ? null : (username, password) -> {
			ReauthenticationService service = reauthentication.getIfAvailable();
			return service != null ? service.checkBasicPassword(username, password)
					: matches(provider, username, password);
		};
		registry.addInterceptor(new RecentAuthenticationInterceptor(
				() -> settings.getIfAvailable(() -> new ReauthenticationSettings(Duration.ofMinutes(5))).maxAge(),
				clock.getIfAvailable(Clock::systemUTC), check, problems.getIfAvailable()));
	}

	private static boolean matches(DaoAuthenticationProvider provider, String username, String password) {
		try {
			return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)) != null;
		}
		catch (AuthenticationException wrong) {
			return false;
		}
	}
}
