package org.tsunagu.registry;

import org.jspecify.annotations.Nullable;

/**
 * What the child list is filtered by; every part is optional. The caller's scope is applied on top.
 *
 * @param text part of the name or フリガナ (ひらがな finds カタカナ, half-width finds full-width)
 * @param region 圏域 name
 * @param municipalityCode 地方公共団体コード
 * @param status registry status
 * @param minAge youngest age in years
 * @param maxAge oldest age in years
 * @param schoolStatus 就園・就学 status
 * @param careItemNo a 判定スコア category (1–14) in the child's latest assessment
 * @param careClass the 区分 of the child's latest assessment
 */
public record ChildFilter(@Nullable String text, @Nullable String region, @Nullable String municipalityCode,
		@Nullable ChildStatus status, @Nullable Integer minAge, @Nullable Integer maxAge,
		@Nullable String schoolStatus, @Nullable Integer careItemNo, @Nullable CareClass careClass) {

	/** A filter without the care criteria. */
	public ChildFilter(@Nullable String text, @Nullable String region, @Nullable String municipalityCode,
			@Nullable ChildStatus status, @Nullable Integer minAge, @Nullable Integer maxAge,
			@Nullable String schoolStatus) {
		this(text, region, municipalityCode, status, minAge, maxAge, schoolStatus, null, null);
	}

	/** No filter. */
	public static ChildFilter none() {
		return new ChildFilter(null, null, null, null, null, null, null);
	}
}
