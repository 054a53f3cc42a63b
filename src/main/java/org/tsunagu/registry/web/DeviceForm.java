package org.tsunagu.registry.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.CareDevice;
import org.tsunagu.registry.DeviceKind;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/**
 * One device row of the assessment form; a row without a kind and without text is left out.
 */
public class DeviceForm {

	private @Nullable DeviceKind kind;

	@Size(max = 200, message = "{registry.care.device.model.size}")
	private String model = "";

	@Size(max = 500, message = "{registry.care.device.settings.size}")
	private String settings = "";

	@DecimalMin(value = "0", message = "{registry.care.device.batteryHours.range}")
	@DecimalMax(value = "9999", message = "{registry.care.device.batteryHours.range}")
	private @Nullable BigDecimal batteryHours;

	private boolean powerDependent;

	@Size(max = 500, message = "{registry.care.device.notes.size}")
	private String notes = "";

	boolean isBlank() {
		return kind == null && model.isBlank() && settings.isBlank() && batteryHours == null && notes.isBlank();
	}

	CareDevice toDevice() {
		return new CareDevice(kind == null ? DeviceKind.OTHER : kind, blankToNull(model), blankToNull(settings),
				batteryHours, powerDependent, blankToNull(notes));
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	public @Nullable DeviceKind getKind() {
		return kind;
	}

	public void setKind(@Nullable DeviceKind kind) {
		this.kind = kind;
	}

	public String getModel() {
		return model;
	}

	public void setModel(String model) {
		this.model = model;
	}

	public String getSettings() {
		return settings;
	}

	public void setSettings(String settings) {
		this.settings = settings;
	}

	public @Nullable BigDecimal getBatteryHours() {
		return batteryHours;
	}

	public void setBatteryHours(@Nullable BigDecimal batteryHours) {
		this.batteryHours = batteryHours;
	}

	public boolean isPowerDependent() {
		return powerDependent;
	}

	public void setPowerDependent(boolean powerDependent) {
		this.powerDependent = powerDependent;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}
}
