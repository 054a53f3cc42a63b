package org.tsunagu.registry.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the emergency access (緊急時アクセス).
 *
 * @param duration how long one access lasts from the moment it is granted (default three hours: long enough
 *        for a transport and the first hours in hospital, short enough that it is not a standing permission)
 */
@ConfigurationProperties("tsunagu.registry.emergency-access")
record EmergencyAccessSettings(@DefaultValue("PT3H") Duration duration) {
}
