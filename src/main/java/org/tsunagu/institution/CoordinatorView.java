package org.tsunagu.institution;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A coordinator on the roster. Fields as in {@link CoordinatorInput}, plus the names looked up.
 *
 * @param id the id
 * @param version the version a change must name
 * @param name 氏名
 * @param kana フリガナ
 * @param organisationId the institution, when in the directory
 * @param organisationName the organisation's name
 * @param regionName 圏域
 * @param municipalityCodes the municipalities covered (empty: the whole 圏域)
 * @param municipalityNames their names, in the same order
 * @param course the training course completed
 * @param completedYear the year
 * @param active whether they work as coordinator now
 * @param notes 備考
 */
public record CoordinatorView(UUID id, long version, String name, String kana, @Nullable UUID organisationId,
		@Nullable String organisationName, String regionName, List<String> municipalityCodes,
		List<String> municipalityNames, @Nullable String course, @Nullable Integer completedYear, boolean active,
		@Nullable String notes) {

	/** Whether they cover every municipality of their 圏域. */
	public boolean coversWholeRegion() {
		return municipalityCodes.isEmpty();
	}
}
