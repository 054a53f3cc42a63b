package org.tsunagu.information;

import org.jspecify.annotations.Nullable;

/**
 * A gap in the region's resources as staff record it (e.g. no 短期入所 for ventilated children in 木曽).
 *
 * @param actions what was done so far, one step per line
 * @param councilReference the council and its action this gap is followed up in, if any
 */
public record GapInput(String regionName, String title, @Nullable String description, GapStatus status,
		@Nullable String actions, @Nullable String councilReference) {
}
