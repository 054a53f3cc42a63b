package org.tsunagu.shared.web;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code Idempotency-Key} filter, after Spring Security's (it needs the authenticated user). A plain
 * configuration rather than a filter component, so web slice tests (which have no database) leave it out.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcTemplate jdbc, ObjectProvider<Clock> clock,
			MessageSource messages) {
		IdempotentRequests requests = new IdempotentRequests(jdbc, clock.getIfAvailable(Clock::systemUTC));
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(requests, messages));
		registration.addUrlPatterns("/api/v1/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}
}
