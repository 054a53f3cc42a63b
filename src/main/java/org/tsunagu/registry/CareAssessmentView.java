package org.tsunagu.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored assessment of a child, as the care page and the API show it.
 *
 * @param id the assessment's id
 * @param childId the child's id
 * @param assessedOn the date of the assessment
 * @param assessedBy the physician or document it comes from
 * @param total the 判定スコア total computed when it was recorded
 * @param careClass the 区分 computed when it was recorded
 * @param items the rows counted with their points, in table order
 * @param devices the medical devices
 * @param notes anything else
 * @param createdAt when it was recorded (UTC)
 * @param createdBy who recorded it
 */
public record CareAssessmentView(UUID id, UUID childId, LocalDate assessedOn, @Nullable String assessedBy, int total,
		CareClass careClass, List<CareScoreRow> items, List<CareDevice> devices, @Nullable String notes,
		@Nullable Instant createdAt, @Nullable String createdBy) {

	public CareAssessmentView {
		items = List.copyOf(items);
		devices = List.copyOf(devices);
	}
}
