package org.tsunagu.institution;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the resource finder searches by; every part is optional.
 *
 * @param text part of the name or フリガナ (ひらがな finds カタカナ, half-width finds full-width)
 * @param region 圏域 name
 * @param municipalityCode 地方公共団体コード
 * @param field 分野
 * @param kind 種別
 * @param careItems 判定スコア categories that must all be accepted (可 or 条件付き)
 * @param staleOnly only entries not confirmed for over a year
 * @param includeRetired also entries retired (廃止), which are hidden otherwise
 */
public record InstitutionFilter(@Nullable String text, @Nullable String region, @Nullable String municipalityCode,
		@Nullable InstitutionField field, @Nullable InstitutionKind kind, List<Integer> careItems,
		boolean staleOnly, boolean includeRetired) {

	public InstitutionFilter {
		careItems = List.copyOf(careItems);
	}

	/** A filter without retired entries. */
	public InstitutionFilter(@Nullable String text, @Nullable String region, @Nullable String municipalityCode,
			@Nullable InstitutionField field, @Nullable InstitutionKind kind, List<Integer> careItems,
			boolean staleOnly) {
		this(text, region, municipalityCode, field, kind, careItems, staleOnly, false);
	}

	/** No filter: every entry that is not retired. */
	public static InstitutionFilter none() {
		return new InstitutionFilter(null, null, null, null, null, List.of(), false, false);
	}
}
