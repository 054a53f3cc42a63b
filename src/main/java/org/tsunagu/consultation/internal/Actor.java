package org.tsunagu.consultation.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who acts on a case and when: the name for the timeline, the instant and the day in Japan, both from the
 * injected clock so tests control time.
 */
record Actor(String name, Instant now, LocalDate today) {
}
