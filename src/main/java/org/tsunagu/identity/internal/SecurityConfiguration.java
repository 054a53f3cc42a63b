package org.tsunagu.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.tsunagu.identity.Area;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.SecondFactors;

/**
 * Who may reach what, checked on the server for every page and API call. The area rules come from
 * {@link Area}, the same table the navigation is built from; finer checks (圏域, consent) happen in each
 * module with {@link org.tsunagu.identity.AccessScope}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(HstsSettings.class)
public class SecurityConfiguration {

	/** Our own scripts and styles only; no inline script, no framing, no plugins. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/** Swagger UI sets styles inline; it is only for logged-in administrators. */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
			+ "base-uri 'self'; form-action 'self'";

	@Bean
	ProblemDetailsSecurityHandler problemDetailsSecurityHandler(MessageSource messages, LocaleResolver locales) {
		return new ProblemDetailsSecurityHandler(messages, locales);
	}

	/**
	 * No Micrometer observation of Spring Security's own steps: with an observation registry present (Actuator)
	 * Spring Security wraps each of the chain's filters in an observation and times every authentication and
	 * authorization — per request, for metrics no one reads here (logins and denials are in the audit log, and
	 * {@code http.server.requests} still times every request). Measured at national scale: the wrapping was a
	 * few per cent of every request's CPU (docs/performance.md).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The JSON API: session (browser) or HTTP Basic (scripts) over the same users; 401/403 as problem details. */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemDetailsSecurityHandler problems,
			ObjectProvider<SecondFactors> secondFactors, ObjectProvider<MfaSettings> mfa,
			ObjectProvider<LoginThrottle> throttle, HstsSettings hsts) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(authorize -> {
				authorize.requestMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll();
				authorize.requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name());
				for (Area area : Area.values()) {
					for (String path : area.paths()) {
						authorize.requestMatchers("/api/v1" + path, "/api/v1" + path + "/**").hasAnyRole(roleNames(area));
					}
				}
				authorize.anyRequest().authenticated();
			})
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// Scripts using HTTP Basic send no session cookie and so need no CSRF token; browser calls do.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.headers(headers -> strictTransport(headers, hsts)
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.addFilterBefore(new SecondFactorLogin.PendingFilter(), AuthorizationFilter.class);
		// Web slice tests load this configuration without the user store; the application always has it.
		SecondFactors factors = secondFactors.getIfAvailable();
		if (factors != null) {
			String header = mfa.getIfAvailable(() -> new MfaSettings(true, "Tsunagu", "X-Tsunagu-OTP")).apiHeader();
			http.addFilterAfter(new BasicSecondFactorFilter(factors, header, problems), BasicAuthenticationFilter.class);
		}
		throttle.ifAvailable(limit -> http.addFilterBefore(limit.basicFilter(problems), BasicAuthenticationFilter.class));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain swaggerSecurity(HttpSecurity http, HstsSettings hsts) throws Exception {
		http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/v3/api-docs")
			.authorizeHttpRequests(authorize -> authorize.anyRequest().hasRole(Role.ADMIN.name()))
			.formLogin(form -> form.loginPage("/login"))
			.headers(headers -> strictTransport(headers, hsts)
				.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/** The HTML pages: form login, CSRF on every form, session fixation protection, secure headers. */
	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http, ObjectProvider<SecondFactors> secondFactors,
			ObjectProvider<LoginThrottle> throttle, HstsSettings hsts) throws Exception {
		http.authorizeHttpRequests(authorize -> {
			authorize.requestMatchers("/login", "/error", "/error/**", "/css/**", "/js/**", "/img/**", "/fonts/**",
					"/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll();
			// The public site (no login): pages and forms under /public, each module's own; forms keep CSRF.
			authorize.requestMatchers("/public", "/public/**").permitAll();
			areaRules(authorize);
			authorize.anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new SecondFactorLogin.SuccessHandler(secondFactors.getIfAvailable()))
				.failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
				.deleteCookies("TSUNAGU_SESSION"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(loginEntryPoint()))
			.headers(headers -> strictTransport(headers, hsts)
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.addFilterBefore(new SecondFactorLogin.PendingFilter(), AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(), AuthorizationFilter.class);
		throttle.ifAvailable(
				limit -> http.addFilterBefore(limit.formLoginFilter(), UsernamePasswordAuthenticationFilter.class));
		return http.build();
	}

	/**
	 * HSTS on secure requests when the settings ask for it (production), none otherwise. Spring Security's own
	 * default would send it on any TLS request, also of a demo server.
	 */
	private static HeadersConfigurer<HttpSecurity> strictTransport(HeadersConfigurer<HttpSecurity> headers,
			HstsSettings hsts) {
		if (!hsts.enabled()) {
			return headers.httpStrictTransportSecurity(sts -> sts.disable());
		}
		return headers.httpStrictTransportSecurity(sts -> sts.maxAgeInSeconds(hsts.maxAge().toSeconds())
			.includeSubDomains(hsts.includeSubDomains()));
	}

	/** Pages send the browser to the login page; an htmx request gets a bare 401 instead of a login page fragment. */
	private static AuthenticationEntryPoint loginEntryPoint() {
		var htmx = new RequestMatcherEntry<AuthenticationEntryPoint>(
				request -> "true".equals(request.getHeader("HX-Request")),
				new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
		var entryPoint = new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"),
				java.util.List.of(htmx));
		return entryPoint;
	}

	private static void areaRules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
		for (Area area : Area.values()) {
			for (String path : area.paths()) {
				authorize.requestMatchers(path, path + "/**").hasAnyRole(roleNames(area));
			}
		}
	}

	private static String[] roleNames(Area area) {
		return area.roles().stream().map(Role::name).toArray(String[]::new);
	}
}
