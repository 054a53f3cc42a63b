package org.tsunagu.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sessions live in the database (Spring Session JDBC, ADR 0023) and are found by the session cookie. Boot names
 * that cookie after {@code server.servlet.session.cookie.*} only with its embedded server; this applies the same
 * name and flags everywhere, so MockMvc tests see the cookie a browser sees.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

	@Bean
	DefaultCookieSerializerCustomizer tsunaguSessionCookie(@Value("${server.servlet.session.cookie.name}") String name,
			@Value("${server.servlet.session.cookie.same-site:lax}") String sameSite) {
		return serializer -> {
			serializer.setCookieName(name);
			serializer.setUseHttpOnlyCookie(true);
			serializer.setSameSite(sameSite.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + sameSite.substring(1));
		};
	}
}
