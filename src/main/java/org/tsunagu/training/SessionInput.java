package org.tsunagu.training;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One day or module of an offering.
 *
 * @param heldOn the day
 * @param startsAt start time in Japan
 * @param endsAt end time in Japan
 * @param moduleKind 講義 or 演習
 * @param title the module's subject
 * @param minutes the credited length in minutes (時間数 × 60)
 * @param venue the venue, or the meeting tool when online
 * @param online whether the session is held online
 */
public record SessionInput(LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, ModuleKind moduleKind, String title,
		int minutes, @Nullable String venue, boolean online) {
}
