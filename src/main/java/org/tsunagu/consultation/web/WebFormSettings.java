package org.tsunagu.consultation.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public consultation form: at most {@code maxSubmissions} accepted submissions from one client address
 * within {@code window}; more are refused with {@code public.rateLimited}.
 */
@ConfigurationProperties("tsunagu.consultation.web-form")
record WebFormSettings(@DefaultValue("5") int maxSubmissions, @DefaultValue("1h") Duration window) {
}
