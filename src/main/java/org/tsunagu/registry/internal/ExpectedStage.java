package org.tsunagu.registry.internal;

import java.time.LocalDate;

import org.tsunagu.registry.LifeStage;

/**
 * A stage foreseen from the birth date.
 *
 * @param date the stage's date (for 就学相談 the start of its window)
 * @param alertFrom from when the handover is due
 * @param deadline after this day an unrecorded stage is overdue
 */
record ExpectedStage(LifeStage stage, String labelKey, LocalDate date, LocalDate alertFrom, LocalDate deadline) {
}
