package org.tsunagu.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP Strict Transport Security: tells browsers to reach the site only over HTTPS from now on. Sent only on
 * requests that arrived over TLS (directly or, behind a reverse proxy, as its {@code X-Forwarded-Proto} says).
 * Off by default, because a header sent once by a demo or development server on a shared host name would pin
 * every later visit to HTTPS; the production profile ({@code postgres}) turns it on.
 *
 * @param enabled whether the header is sent
 * @param maxAge how long browsers remember it (one year, the value HSTS preload lists expect)
 * @param includeSubDomains whether it covers the host's sub-domains too
 */
@ConfigurationProperties("tsunagu.identity.hsts")
record HstsSettings(@DefaultValue("false") boolean enabled, @DefaultValue("365d") Duration maxAge,
		@DefaultValue("true") boolean includeSubDomains) {

	static final HstsSettings OFF = new HstsSettings(false, Duration.ofDays(365), true);
}
