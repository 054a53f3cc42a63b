package org.tsunagu.institution;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What staff enter about an institution; the 圏域 follows from the municipality.
 *
 * @param name 名称
 * @param kana フリガナ (full-width katakana)
 * @param kind 種別; the 分野 follows from it
 * @param officeNumber 事業所番号 (10 digits) where there is one
 * @param postalCode 郵便番号
 * @param address 所在地 after the municipality
 * @param municipalityCode 地方公共団体コード
 * @param phone main phone
 * @param email main mail address
 * @param website web site
 * @param ageMin youngest age accepted
 * @param ageMax oldest age accepted
 * @param capacity 定員
 * @param waitingStatus 空き状況
 * @param lastConfirmedOn when the information was last confirmed with the institution
 * @param publicListing whether the entry may appear on the future public site
 * @param notes 備考
 * @param contacts the people to contact
 * @param capabilities the 判定スコア categories answered; categories missing are 未確認
 */
public record InstitutionInput(String name, String kana, InstitutionKind kind, @Nullable String officeNumber,
		@Nullable String postalCode, @Nullable String address, String municipalityCode, @Nullable String phone,
		@Nullable String email, @Nullable String website, @Nullable Integer ageMin, @Nullable Integer ageMax,
		@Nullable Integer capacity, @Nullable WaitingStatus waitingStatus, @Nullable LocalDate lastConfirmedOn,
		boolean publicListing, @Nullable String notes, List<ContactInput> contacts,
		List<CapabilityInput> capabilities) {

	public InstitutionInput {
		contacts = List.copyOf(contacts);
		capabilities = List.copyOf(capabilities);
	}
}
