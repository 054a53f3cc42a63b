package org.tsunagu.audit.internal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock the audit log reads its times from. Another module (or a test) may define its own {@link Clock};
 * then that one is used.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}
}
