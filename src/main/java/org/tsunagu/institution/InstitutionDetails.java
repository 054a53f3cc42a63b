package org.tsunagu.institution;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An institution as staff see it. Fields as in {@link InstitutionInput}, plus the ones derived.
 *
 * @param id the id
 * @param version the version a change must name
 * @param name 名称
 * @param kana フリガナ
 * @param kind 種別
 * @param officeNumber 事業所番号
 * @param postalCode 郵便番号
 * @param address 所在地
 * @param municipalityCode 地方公共団体コード
 * @param municipalityName 市町村
 * @param regionName 圏域
 * @param phone phone
 * @param email mail
 * @param website web site
 * @param ageMin youngest age accepted
 * @param ageMax oldest age accepted
 * @param capacity 定員
 * @param waitingStatus 空き状況
 * @param lastConfirmedOn last confirmed
 * @param stale whether it was not confirmed for over a year
 * @param publicListing shown on the public site
 * @param notes 備考
 * @param contacts people to contact
 * @param capabilities the categories answered, by item number
 * @param retired whether the entry is retired (廃止)
 * @param retiredOn since when
 * @param retiredReason why
 */
public record InstitutionDetails(UUID id, long version, String name, String kana, InstitutionKind kind,
		@Nullable String officeNumber, @Nullable String postalCode, @Nullable String address,
		String municipalityCode, String municipalityName, String regionName, @Nullable String phone,
		@Nullable String email, @Nullable String website, @Nullable Integer ageMin, @Nullable Integer ageMax,
		@Nullable Integer capacity, @Nullable WaitingStatus waitingStatus, @Nullable LocalDate lastConfirmedOn,
		boolean stale, boolean publicListing, @Nullable String notes, List<ContactInput> contacts,
		List<CapabilityInput> capabilities, boolean retired, @Nullable LocalDate retiredOn,
		@Nullable String retiredReason) {

	/** The 分野. */
	public InstitutionField field() {
		return kind.field();
	}

	/** The answer for one category, or null when 未確認. */
	public @Nullable CapabilityInput capability(int itemNo) {
		return capabilities.stream().filter(c -> c.itemNo() == itemNo).findFirst().orElse(null);
	}
}
