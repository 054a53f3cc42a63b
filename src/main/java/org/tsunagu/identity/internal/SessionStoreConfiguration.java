package org.tsunagu.identity.internal;

import java.time.Duration;
import java.util.EnumSet;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

import jakarta.servlet.DispatcherType;

/**
 * The session store the session filter uses: the database's (Spring Session JDBC as Boot configures it, ADR 0023)
 * with the last access time written at most once per {@code tsunagu.identity.session.access-time-resolution}
 * (a minute) instead of on every request ({@link CoarseAccessTimeSessions}, docs/performance.md). The store is
 * wrapped after it is set up rather than declared here: a session repository bean of our own would make Boot's
 * session configuration (timeout, table, cleanup) back off. {@link SessionLookupScope} runs just outside the
 * session filter so that the session saved during a request is handed back only within that request.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	static final String RESOLUTION = "tsunagu.identity.session.access-time-resolution";

	@Bean
	static BeanPostProcessor coarseAccessTimeSessions(Environment environment) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository sessions) {
					return new CoarseAccessTimeSessions<>(sessions,
							environment.getProperty(RESOLUTION, Duration.class, Duration.ofMinutes(1)));
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<SessionLookupScope> sessionLookupScope() {
		var registration = new FilterRegistrationBean<>(new SessionLookupScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
		return registration;
	}
}
