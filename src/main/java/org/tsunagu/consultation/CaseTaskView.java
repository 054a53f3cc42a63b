package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A task of a case.
 *
 * @param id the task's id
 * @param title what to do
 * @param dueOn by when
 * @param done whether it is done
 * @param doneBy who did it
 */
public record CaseTaskView(UUID id, String title, @Nullable LocalDate dueOn, boolean done, @Nullable String doneBy) {
}
