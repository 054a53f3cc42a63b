package org.tsunagu.shared;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Scheduled jobs, and the lock that makes a job annotated with {@code @SchedulerLock} run once per tick when two
 * application nodes share the database (ShedLock on the {@code shedlock} table, ADR 0023). Jobs that several
 * nodes may run at the same time without harm (they lock their rows themselves) carry no such lock.
 *
 * <p>Every {@code @SchedulerLock} holds its lock at least {@link SchedulerLocks#AT_LEAST_FOR}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		// The database's clock decides whether a lock has run out, not each node's own.
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}
}
