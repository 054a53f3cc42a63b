package org.tsunagu.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Fills the created/updated columns of {@link AuditedEntity} from {@link CurrentAuditor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentAuditor")
class PersistenceConfiguration {
}
