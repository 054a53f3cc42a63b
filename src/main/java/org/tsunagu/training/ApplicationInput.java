package org.tsunagu.training;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an applicant enters on the public site.
 *
 * @param name 氏名
 * @param kana ふりがな
 * @param birthDate 生年月日 (used to recognise the same person across years)
 * @param organisation 所属
 * @param organisationKind the kind of the organisation
 * @param job 職種
 * @param municipalityCode the 市町村 of the organisation; the 圏域 follows from it
 * @param email contact e-mail
 * @param phone contact phone
 * @param qualifications 保有資格
 * @param recommendedBy the recommending 市町村 (required where the offering asks for a 推薦)
 * @param prerequisiteNote where and when the prerequisite course was completed, when not with this center
 */
public record ApplicationInput(String name, String kana, LocalDate birthDate, String organisation,
		OrganisationKind organisationKind, String job, String municipalityCode, String email, @Nullable String phone,
		@Nullable String qualifications, @Nullable String recommendedBy, @Nullable String prerequisiteNote) {
}
