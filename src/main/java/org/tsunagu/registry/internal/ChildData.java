package org.tsunagu.registry.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.Sex;
import org.tsunagu.shared.KanaText;

/**
 * A child's input made ready for storage: kana as full-width katakana, the 圏域 taken from the
 * municipality, the search key folded.
 */
record ChildData(String familyName, String givenName, String familyNameKana, String givenNameKana,
		String searchText, LocalDate birthDate, Sex sex, @Nullable String postalCode, @Nullable String address,
		String municipalityCode, String regionName, @Nullable String diagnoses, @Nullable String icd10Code,
		@Nullable String primaryDoctor, @Nullable String hospital, @Nullable String servicesUsed,
		@Nullable String schoolStatus, @Nullable String schoolName, @Nullable String coordinatorName,
		boolean meisRegistered) {

	static ChildData of(ChildInput input, String regionName) {
		String familyKana = KanaText.toKatakana(input.familyNameKana());
		String givenKana = KanaText.toKatakana(input.givenNameKana());
		String search = KanaText.searchKey(input.familyName() + input.givenName() + "|" + familyKana + givenKana);
		return new ChildData(input.familyName().strip(), input.givenName().strip(), familyKana, givenKana, search,
				input.birthDate(), input.sex(), input.postalCode(), input.address(), input.municipalityCode(),
				regionName, input.diagnoses(), input.icd10Code(), input.primaryDoctor(), input.hospital(),
				input.servicesUsed(), input.schoolStatus(), input.schoolName(), input.coordinatorName(),
				input.meisRegistered());
	}
}
