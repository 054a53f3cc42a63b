package org.tsunagu.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How recent the last password entry must be for an export or a change of security settings.
 *
 * @param maxAge the longest time since the login or the last re-authentication
 */
@ConfigurationProperties("tsunagu.identity.reauthentication")
record ReauthenticationSettings(@DefaultValue("PT5M") Duration maxAge) {
}
