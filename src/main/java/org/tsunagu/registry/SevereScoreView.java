package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored old 判定スコア (超重症児・準超重症児) of a child.
 *
 * @param id the score's id
 * @param scoredOn the date it was scored
 * @param total the total points
 * @param classification 超重症児, 準超重症児 or その他, computed from the total
 * @param notes anything else
 */
public record SevereScoreView(UUID id, LocalDate scoredOn, int total, SevereDisabilityClass classification,
		@Nullable String notes) {
}
