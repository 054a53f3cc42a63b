package org.tsunagu.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Failed logins allowed from one network address within a window, whatever user names are tried: stops one
 * machine from guessing passwords across many accounts (each of which the per-account lockout alone would
 * allow four tries).
 */
@ConfigurationProperties("tsunagu.identity.login-throttle")
record LoginThrottleSettings(@DefaultValue("30") int maxFailures, @DefaultValue("10m") Duration window) {
}
