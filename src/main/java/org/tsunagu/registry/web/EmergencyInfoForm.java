package org.tsunagu.registry.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.EmergencyInfoInput;
import org.tsunagu.registry.EmergencyInfoView;

import jakarta.validation.constraints.Size;

/**
 * The edit form of a child's emergency information, carrying the version that was shown.
 */
public class EmergencyInfoForm {

	@Size(max = 2000, message = "{registry.emergency.text.size}")
	private @Nullable String medications;

	@Size(max = 1000, message = "{registry.emergency.allergies.size}")
	private @Nullable String allergies;

	@Size(max = 50, message = "{registry.emergency.vital.size}")
	private @Nullable String spo2;

	@Size(max = 50, message = "{registry.emergency.vital.size}")
	private @Nullable String heartRate;

	@Size(max = 50, message = "{registry.emergency.vital.size}")
	private @Nullable String respiratoryRate;

	@Size(max = 50, message = "{registry.emergency.vital.size}")
	private @Nullable String bodyTemperature;

	@Size(max = 50, message = "{registry.emergency.vital.size}")
	private @Nullable String bodyWeight;

	@Size(max = 2000, message = "{registry.emergency.text.size}")
	private @Nullable String seizureInstructions;

	@Size(max = 2000, message = "{registry.emergency.text.size}")
	private @Nullable String decannulationInstructions;

	@Size(max = 2000, message = "{registry.emergency.text.size}")
	private @Nullable String otherNotes;

	private long version;

	static EmergencyInfoForm of(EmergencyInfoView view) {
		EmergencyInfoInput values = view.values();
		EmergencyInfoForm form = new EmergencyInfoForm();
		form.medications = values.medications();
		form.allergies = values.allergies();
		form.spo2 = values.spo2();
		form.heartRate = values.heartRate();
		form.respiratoryRate = values.respiratoryRate();
		form.bodyTemperature = values.bodyTemperature();
		form.bodyWeight = values.bodyWeight();
		form.seizureInstructions = values.seizureInstructions();
		form.decannulationInstructions = values.decannulationInstructions();
		form.otherNotes = values.otherNotes();
		form.version = view.version();
		return form;
	}

	EmergencyInfoInput toInput() {
		return new EmergencyInfoInput(medications, allergies, spo2, heartRate, respiratoryRate, bodyTemperature,
				bodyWeight, seizureInstructions, decannulationInstructions, otherNotes);
	}

	public @Nullable String getMedications() {
		return medications;
	}

	public void setMedications(@Nullable String medications) {
		this.medications = medications;
	}

	public @Nullable String getAllergies() {
		return allergies;
	}

	public void setAllergies(@Nullable String allergies) {
		this.allergies = allergies;
	}

	public @Nullable String getSpo2() {
		return spo2;
	}

	public void setSpo2(@Nullable String spo2) {
		this.spo2 = spo2;
	}

	public @Nullable String getHeartRate() {
		return heartRate;
	}

	public void setHeartRate(@Nullable String heartRate) {
		this.heartRate = heartRate;
	}

	public @Nullable String getRespiratoryRate() {
		return respiratoryRate;
	}

	public void setRespiratoryRate(@Nullable String respiratoryRate) {
		this.respiratoryRate = respiratoryRate;
	}

	public @Nullable String getBodyTemperature() {
		return bodyTemperature;
	}

	public void setBodyTemperature(@Nullable String bodyTemperature) {
		this.bodyTemperature = bodyTemperature;
	}

	public @Nullable String getBodyWeight() {
		return bodyWeight;
	}

	public void setBodyWeight(@Nullable String bodyWeight) {
		this.bodyWeight = bodyWeight;
	}

	public @Nullable String getSeizureInstructions() {
		return seizureInstructions;
	}

	public void setSeizureInstructions(@Nullable String seizureInstructions) {
		this.seizureInstructions = seizureInstructions;
	}

	public @Nullable String getDecannulationInstructions() {
		return decannulationInstructions;
	}

	public void setDecannulationInstructions(@Nullable String decannulationInstructions) {
		this.decannulationInstructions = decannulationInstructions;
	}

	public @Nullable String getOtherNotes() {
		return otherNotes;
	}

	public void setOtherNotes(@Nullable String otherNotes) {
		this.otherNotes = otherNotes;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
