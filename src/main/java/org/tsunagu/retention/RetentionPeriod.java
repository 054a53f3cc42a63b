package org.tsunagu.retention;

import java.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * A kind of record and how long it is kept after it ends, for the settings view.
 *
 * @param type the kind of record
 * @param label its Japanese name
 * @param period the configured period, or {@code null} when none is set (never due)
 * @param disposal what disposal does
 * @param active items still waiting for a decision or for disposal
 */
public record RetentionPeriod(String type, String label, @Nullable Period period, String disposal, long active) {
}
