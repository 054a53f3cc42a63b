package org.tsunagu.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail delivery: the sender address, how often and how long to retry a failing mail server, and how long
 * delivered mails (which may hold personal details) are kept before they are purged.
 */
@ConfigurationProperties("tsunagu.notification")
record NotificationSettings(@DefaultValue("noreply@tsunagu.invalid") String from,
		@DefaultValue("6") int maxAttempts, @DefaultValue("1m") Duration firstRetryDelay,
		@DefaultValue("30d") Duration retention) {

	NotificationSettings {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
	}
}
