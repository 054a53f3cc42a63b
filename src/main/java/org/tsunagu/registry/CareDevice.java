package org.tsunagu.registry;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A medical device the child uses, as recorded with an assessment.
 *
 * @param kind the kind of device
 * @param model maker and model, e.g. 架空メディカル VX-100
 * @param settings the prescribed settings in free text (mode, rates, flow)
 * @param batteryHours how long the internal and external batteries last, in hours
 * @param powerDependent whether the child depends on the device having electric power
 * @param notes anything else
 */
public record CareDevice(DeviceKind kind, @Nullable String model, @Nullable String settings,
		@Nullable BigDecimal batteryHours, boolean powerDependent, @Nullable String notes) {

	public CareDevice {
		Objects.requireNonNull(kind, "kind");
		if (batteryHours != null
				&& (batteryHours.signum() < 0 || batteryHours.compareTo(BigDecimal.valueOf(9999)) > 0)) {
			throw new IllegalArgumentException("Battery hours must be 0 to 9999, was " + batteryHours);
		}
	}

	/** One line for pages and sheets: 人工呼吸器 model（settings・バッテリー 8時間）. */
	public String describe(String kindName) {
		StringBuilder text = new StringBuilder(kindName);
		if (model != null && !model.isBlank()) {
			text.append(' ').append(model);
		}
		StringBuilder detail = new StringBuilder();
		if (settings != null && !settings.isBlank()) {
			detail.append(settings);
		}
		if (batteryHours != null) {
			detail.append(detail.isEmpty() ? "" : "・")
				.append("バッテリー ")
				.append(batteryHours.stripTrailingZeros().toPlainString())
				.append("時間");
		}
		return detail.isEmpty() ? text.toString() : text + "（" + detail + "）";
	}
}
