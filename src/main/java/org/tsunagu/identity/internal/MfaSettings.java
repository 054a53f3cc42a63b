package org.tsunagu.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-factor authentication. {@code enforced} (the default) makes every staff role pass a TOTP code after the
 * password; the demo profile turns it off so that visitors can try the system without an authenticator app.
 * An outside organisation's account needs it only when an administrator requires it.
 *
 * @param enforced whether staff roles must use a second factor
 * @param issuer the name authenticator apps show for the account
 * @param apiHeader the header in which scripts using HTTP Basic send their current code
 */
@ConfigurationProperties("tsunagu.identity.mfa")
record MfaSettings(@DefaultValue("true") boolean enforced, @DefaultValue("Tsunagu") String issuer,
		@DefaultValue("X-Tsunagu-OTP") String apiHeader) {
}
