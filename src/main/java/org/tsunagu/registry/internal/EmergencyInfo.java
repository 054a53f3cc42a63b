package org.tsunagu.registry.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.EmergencyInfoInput;
import org.tsunagu.shared.AuditedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A child's emergency information (one per child): medications, allergies, baseline vitals and what to do
 * in a seizure or when a cannula or tube comes out. Printed on the 緊急時情報シート.
 */
@Entity
@Table(name = "registry_emergency_info")
class EmergencyInfo extends AuditedEntity {

	@Column(name = "child_id", nullable = false, updatable = false)
	private UUID childId = new UUID(0, 0);

	@Column(length = 2000)
	private @Nullable String medications;

	@Column(length = 1000)
	private @Nullable String allergies;

	@Column(length = 50)
	private @Nullable String spo2;

	@Column(name = "heart_rate", length = 50)
	private @Nullable String heartRate;

	@Column(name = "respiratory_rate", length = 50)
	private @Nullable String respiratoryRate;

	@Column(name = "body_temperature", length = 50)
	private @Nullable String bodyTemperature;

	@Column(name = "body_weight", length = 50)
	private @Nullable String bodyWeight;

	@Column(name = "seizure_instructions", length = 2000)
	private @Nullable String seizureInstructions;

	@Column(name = "decannulation_instructions", length = 2000)
	private @Nullable String decannulationInstructions;

	@Column(name = "other_notes", length = 2000)
	private @Nullable String otherNotes;

	protected EmergencyInfo() {
	}

	EmergencyInfo(UUID childId) {
		this.childId = childId;
	}

	/** Takes over the entered values; blank text is stored as nothing. */
	void apply(EmergencyInfoInput input) {
		medications = clean(input.medications());
		allergies = clean(input.allergies());
		spo2 = clean(input.spo2());
		heartRate = clean(input.heartRate());
		respiratoryRate = clean(input.respiratoryRate());
		bodyTemperature = clean(input.bodyTemperature());
		bodyWeight = clean(input.bodyWeight());
		seizureInstructions = clean(input.seizureInstructions());
		decannulationInstructions = clean(input.decannulationInstructions());
		otherNotes = clean(input.otherNotes());
	}

	EmergencyInfoInput values() {
		return new EmergencyInfoInput(medications, allergies, spo2, heartRate, respiratoryRate, bodyTemperature,
				bodyWeight, seizureInstructions, decannulationInstructions, otherNotes);
	}

	UUID getChildId() {
		return childId;
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
