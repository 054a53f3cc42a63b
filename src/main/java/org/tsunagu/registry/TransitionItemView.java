package org.tsunagu.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One checklist item of the 移行期 and whether it is done. */
public record TransitionItemView(TransitionTopic topic, boolean done, @Nullable LocalDate doneOn) {
}
