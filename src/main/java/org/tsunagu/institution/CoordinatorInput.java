package org.tsunagu.institution;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A 医療的ケア児等コーディネーター as staff (or the training module) enter them.
 *
 * @param name 氏名
 * @param kana フリガナ
 * @param organisationId the institution they work for, when it is in the directory
 * @param organisationName the organisation's name when it is not (ignored when {@code organisationId} is given)
 * @param regionName the 圏域 they work in
 * @param municipalityCodes the municipalities they cover; none means every municipality of the 圏域
 * @param course the training course completed (free text until the training module links it)
 * @param completedYear the year it was completed
 * @param notes 備考
 */
public record CoordinatorInput(String name, String kana, @Nullable UUID organisationId,
		@Nullable String organisationName, String regionName, List<String> municipalityCodes,
		@Nullable String course, @Nullable Integer completedYear, @Nullable String notes) {

	public CoordinatorInput {
		municipalityCodes = List.copyOf(municipalityCodes);
	}

	/**
	 * What the training module knows of someone who completed a course: they cover their whole 圏域 until staff
	 * say otherwise.
	 */
	public static CoordinatorInput fromTraining(String name, String kana, @Nullable UUID organisationId,
			@Nullable String organisationName, String regionName, String course, int completedYear) {
		return new CoordinatorInput(name, kana, organisationId, organisationName, regionName, List.of(), course,
				completedYear, null);
	}
}
