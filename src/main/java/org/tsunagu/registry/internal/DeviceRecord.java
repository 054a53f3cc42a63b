package org.tsunagu.registry.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.CareDevice;
import org.tsunagu.registry.DeviceKind;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A medical device as stored with an assessment.
 */
@Embeddable
class DeviceRecord {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private DeviceKind kind = DeviceKind.OTHER;

	@Column(length = 200)
	private @Nullable String model;

	@Column(length = 500)
	private @Nullable String settings;

	@Column(name = "battery_hours", precision = 5, scale = 1)
	private @Nullable BigDecimal batteryHours;

	@Column(name = "power_dependent", nullable = false)
	private boolean powerDependent;

	@Column(length = 500)
	private @Nullable String notes;

	protected DeviceRecord() {
	}

	DeviceRecord(CareDevice device) {
		kind = device.kind();
		model = device.model();
		settings = device.settings();
		batteryHours = device.batteryHours();
		powerDependent = device.powerDependent();
		notes = device.notes();
	}

	CareDevice toDevice() {
		return new CareDevice(kind, model, settings, batteryHours, powerDependent, notes);
	}
}
