package org.tsunagu.registry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.CareAssessmentInput;
import org.tsunagu.registry.CareDevice;
import org.tsunagu.registry.CareLevel;
import org.tsunagu.registry.CareSelection;
import org.tsunagu.registry.DeviceKind;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Request bodies of the care API.
 */
final class CareApiRecords {

	private CareApiRecords() {
	}

	/** One item of a sheet: category 1–14, sub-item (0 or absent when the category has none), 見守り level. */
	record CareItemRequest(@NotNull(message = "{registry.care.api.itemNo.required}") @Min(value = 1,
			message = "{registry.care.api.itemNo.range}") @Max(value = 14,
					message = "{registry.care.api.itemNo.range}") @Nullable Integer itemNo,
			@Min(value = 0, message = "{registry.care.api.subItem.range}") @Nullable Integer subItem,
			@NotNull(message = "{registry.care.level.required}") @Nullable CareLevel level) {

		CareSelection toSelection() {
			return new CareSelection(itemNo == null ? 0 : itemNo, subItem == null ? 0 : subItem,
					level == null ? CareLevel.LOW : level);
		}
	}

	/** A sheet to score. */
	record CareScoreRequest(@NotNull @Size(max = 100) @Valid List<CareItemRequest> items,
			@Nullable LocalDate on) {

		List<CareSelection> selections() {
			return items.stream().map(CareItemRequest::toSelection).toList();
		}
	}

	/** A device of a new assessment. */
	record CareDeviceRequest(@NotNull(message = "{registry.care.device.kind.required}") @Nullable DeviceKind kind,
			@Size(max = 200, message = "{registry.care.device.model.size}") @Nullable String model,
			@Size(max = 500, message = "{registry.care.device.settings.size}") @Nullable String settings,
			@DecimalMin(value = "0", message = "{registry.care.device.batteryHours.range}") @DecimalMax(
					value = "9999", message = "{registry.care.device.batteryHours.range}") @Nullable BigDecimal batteryHours,
			boolean powerDependent, @Size(max = 500, message = "{registry.care.device.notes.size}") @Nullable String notes) {

		CareDevice toDevice() {
			return new CareDevice(kind == null ? DeviceKind.OTHER : kind, model, settings, batteryHours, powerDependent,
					notes);
		}
	}

	/** A new assessment; the score is computed, not sent. */
	record CareAssessmentRequest(
			@NotNull(message = "{registry.care.assessedOn.required}") @PastOrPresent(
					message = "{registry.care.assessedOn.future}") @Nullable LocalDate assessedOn,
			@Size(max = 200, message = "{registry.care.assessedBy.size}") @Nullable String assessedBy,
			@NotNull @Size(max = 100) @Valid List<CareItemRequest> items,
			@Nullable @Size(max = 20) @Valid List<CareDeviceRequest> devices,
			@Size(max = 1000, message = "{registry.care.notes.size}") @Nullable String notes) {

		CareAssessmentInput toInput() {
			return new CareAssessmentInput(assessedOn == null ? LocalDate.EPOCH : assessedOn, assessedBy,
					items.stream().map(CareItemRequest::toSelection).toList(),
					devices == null ? List.of() : devices.stream().map(CareDeviceRequest::toDevice).toList(), notes);
		}
	}
}
