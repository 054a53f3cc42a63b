package org.tsunagu.retention.internal;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the retention module ({@code tsunagu.retention}).
 *
 * @param periods how long each kind of record is kept after it ends, by type key, as an ISO-8601 period
 *        ({@code P5Y}); a kind without a period is never due. The daily run's time is
 *        {@code tsunagu.retention.cron} (read by {@link RetentionJob}).
 */
@ConfigurationProperties("tsunagu.retention")
record RetentionSettings(@DefaultValue Map<String, Period> periods) {
}
