package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A new 医療的ケア判定スコア assessment as the physician's 意見書 gives it. The score is not part of it: the
 * system computes it.
 *
 * @param assessedOn the date of the assessment (not in the future)
 * @param assessedBy the physician or document it comes from, e.g. 架空こども病院 小児科 医師意見書
 * @param items the care items with their 見守り levels
 * @param devices the medical devices in use
 * @param notes anything else
 */
public record CareAssessmentInput(LocalDate assessedOn, @Nullable String assessedBy, List<CareSelection> items,
		List<CareDevice> devices, @Nullable String notes) {

	public CareAssessmentInput {
		Objects.requireNonNull(assessedOn, "assessedOn");
		items = List.copyOf(items);
		devices = List.copyOf(devices);
	}
}
