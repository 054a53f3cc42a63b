package org.tsunagu.registry.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the disaster plan work list.
 *
 * @param reviewAfterDays a plan not made or reviewed for longer than this is listed again (default a year)
 */
@ConfigurationProperties("tsunagu.registry.disaster-plans")
record DisasterPlanSettings(@DefaultValue("365") int reviewAfterDays) {
}
