package org.tsunagu.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One stage on a child's timeline: expected from the birth date, recorded, or both.
 *
 * @param labelKey message key naming the stage (中学進学 and 高校進学 are both {@link LifeStage#PROGRESSION})
 * @param date the expected date, or the planned date of a recorded event that has no expected date
 * @param alertFrom from when the handover is due (the lead time), null when the stage is not foreseen
 */
public record TimelineEntry(LifeStage stage, String labelKey, @Nullable LocalDate date, @Nullable LocalDate alertFrom,
		@Nullable LocalDate actualDate, @Nullable String notes, StageStatus status) {
}
