package org.tsunagu.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A session of an offering. */
public record SessionView(UUID id, UUID offeringId, String offeringTitle, LocalDate heldOn, LocalTime startsAt,
		LocalTime endsAt, ModuleKind moduleKind, String title, int minutes, @Nullable String venue, boolean online) {

	/** The credited length in hours, e.g. 1.5. */
	public double hours() {
		return minutes / 60.0;
	}
}
