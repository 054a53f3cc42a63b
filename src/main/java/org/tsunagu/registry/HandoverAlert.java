package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child whose next handover is within its lead time (e.g. 就学相談 due).
 *
 * @param date the date of the stage
 */
public record HandoverAlert(UUID childId, String fullName, String regionName, String municipalityName,
		LifeStage stage, String labelKey, LocalDate alertFrom, LocalDate date) {
}
