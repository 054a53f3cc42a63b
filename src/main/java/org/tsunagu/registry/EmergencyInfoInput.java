package org.tsunagu.registry;

import org.jspecify.annotations.Nullable;

/**
 * A child's emergency information as entered: what an ambulance crew or an emergency room needs and the
 * registry does not hold elsewhere. Every part is optional; the vitals are free text ("95〜98%") because
 * families and doctors write ranges.
 */
public record EmergencyInfoInput(@Nullable String medications, @Nullable String allergies, @Nullable String spo2,
		@Nullable String heartRate, @Nullable String respiratoryRate, @Nullable String bodyTemperature,
		@Nullable String bodyWeight, @Nullable String seizureInstructions,
		@Nullable String decannulationInstructions, @Nullable String otherNotes) {

	/** Nothing entered yet. */
	public static EmergencyInfoInput empty() {
		return new EmergencyInfoInput(null, null, null, null, null, null, null, null, null, null);
	}
}
