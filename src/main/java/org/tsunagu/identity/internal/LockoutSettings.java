package org.tsunagu.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account lockout: {@code maxFailures} wrong passwords within {@code window} lock the account for
 * {@code duration}. The login page says nothing about it (the same generic message), so the lockout tells
 * an attacker nothing about which user names exist.
 */
@ConfigurationProperties("tsunagu.identity.lockout")
record LockoutSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration duration) {

	LockoutSettings {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("maxFailures must be at least 1");
		}
	}
}
