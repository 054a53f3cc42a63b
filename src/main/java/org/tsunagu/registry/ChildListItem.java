package org.tsunagu.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child as the list shows them.
 */
public record ChildListItem(UUID id, String fullName, String fullNameKana, LocalDate birthDate,
		String municipalityName, String regionName, ChildStatus status) {

	/** Age and 学齢 on the given day. */
	public SchoolAge schoolAge(LocalDate today) {
		return SchoolAge.of(birthDate, today);
	}
}
