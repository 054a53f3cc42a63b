package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A child's record as entered on the form or through the API. The 圏域 is not part of it: it follows from
 * the municipality.
 */
public record ChildInput(String familyName, String givenName, String familyNameKana, String givenNameKana,
		LocalDate birthDate, Sex sex, @Nullable String postalCode, @Nullable String address,
		String municipalityCode, @Nullable String diagnoses, @Nullable String icd10Code,
		@Nullable String primaryDoctor, @Nullable String hospital, @Nullable String servicesUsed,
		@Nullable String schoolStatus, @Nullable String schoolName, @Nullable String coordinatorName,
		boolean meisRegistered, List<FamilyMemberInput> family) {

	public ChildInput {
		family = List.copyOf(family);
	}
}
