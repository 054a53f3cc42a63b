package org.tsunagu.testsupport;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the application's clock with one {@link MutableClock} (starting at the JVM's start) that a suite moves
 * by hand. Suites that {@code @Import} it and add nothing else share one application context — and so one clock:
 * each test sets the time it needs before it uses it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}
}
