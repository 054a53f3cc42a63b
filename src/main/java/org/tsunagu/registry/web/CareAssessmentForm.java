package org.tsunagu.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.tsunagu.registry.CareAssessmentInput;
import org.tsunagu.registry.CareItemOption;
import org.tsunagu.registry.CareLevel;
import org.tsunagu.registry.CareSelection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The form of a new assessment: one row per row of the 判定スコア table and a few device rows. Assessments are
 * never edited, so the form has no version to carry.
 */
public class CareAssessmentForm {

	static final int DEVICE_ROWS = 3;

	@NotNull(message = "{registry.care.assessedOn.required}")
	@PastOrPresent(message = "{registry.care.assessedOn.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate assessedOn;

	@Size(max = 200, message = "{registry.care.assessedBy.size}")
	private String assessedBy = "";

	@Size(max = 1000, message = "{registry.care.notes.size}")
	private String notes = "";

	@Valid
	private List<CareItemForm> items = new ArrayList<>();

	@Valid
	private List<DeviceForm> devices = new ArrayList<>();

	static CareAssessmentForm blank(List<CareItemOption> options, LocalDate today) {
		CareAssessmentForm form = new CareAssessmentForm();
		form.assessedOn = today;
		options.forEach(option -> form.items.add(CareItemForm.of(option)));
		for (int i = 0; i < DEVICE_ROWS; i++) {
			form.devices.add(new DeviceForm());
		}
		return form;
	}

	/** A checked row needs a level where the row has more than one; a device with text needs a kind. */
	void validate(List<CareItemOption> options, Errors errors) {
		for (int i = 0; i < items.size() && i < options.size(); i++) {
			CareItemForm item = items.get(i);
			if (item.isSelected() && item.effectiveLevel(options.get(i)) == null) {
				errors.rejectValue("items[" + i + "].level", "registry.care.level.required");
			}
		}
		for (int i = 0; i < devices.size(); i++) {
			DeviceForm device = devices.get(i);
			if (!device.isBlank() && device.getKind() == null) {
				errors.rejectValue("devices[" + i + "].kind", "registry.care.device.kind.required");
			}
		}
	}

	/** The checked rows that have a level; rows still missing one are left out (the live preview). */
	List<CareSelection> selections(List<CareItemOption> options) {
		List<CareSelection> selections = new ArrayList<>();
		for (int i = 0; i < items.size() && i < options.size(); i++) {
			CareItemOption option = options.get(i);
			CareLevel level = items.get(i).effectiveLevel(option);
			if (items.get(i).isSelected() && level != null) {
				selections.add(new CareSelection(option.itemNo(), option.subItem(), level));
			}
		}
		return selections;
	}

	CareAssessmentInput toInput(List<CareItemOption> options, LocalDate today) {
		return new CareAssessmentInput(assessedOn == null ? today : assessedOn, assessedBy, selections(options),
				devices.stream().filter(device -> !device.isBlank()).map(DeviceForm::toDevice).toList(), notes);
	}

	/** Pads the device rows after binding, so the form always offers the blank rows. */
	void padDevices() {
		while (devices.size() < DEVICE_ROWS) {
			devices.add(new DeviceForm());
		}
	}

	public @Nullable LocalDate getAssessedOn() {
		return assessedOn;
	}

	public void setAssessedOn(@Nullable LocalDate assessedOn) {
		this.assessedOn = assessedOn;
	}

	public String getAssessedBy() {
		return assessedBy;
	}

	public void setAssessedBy(String assessedBy) {
		this.assessedBy = assessedBy;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public List<CareItemForm> getItems() {
		return items;
	}

	public void setItems(List<CareItemForm> items) {
		this.items = items;
	}

	public List<DeviceForm> getDevices() {
		return devices;
	}

	public void setDevices(List<DeviceForm> devices) {
		this.devices = devices;
	}
}
