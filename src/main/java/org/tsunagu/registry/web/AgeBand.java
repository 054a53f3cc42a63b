package org.tsunagu.registry.web;

import org.jspecify.annotations.Nullable;

/**
 * Age bands of the child list filter, after the life stages the center plans for.
 */
public enum AgeBand {

	/** 0〜2歳: NICU退院・在宅開始. */
	INFANT(0, 2),

	/** 3〜5歳: 就園. */
	PRESCHOOL(3, 5),

	/** 6〜11歳: 小学校. */
	ELEMENTARY(6, 11),

	/** 12〜14歳: 中学校. */
	JUNIOR_HIGH(12, 14),

	/** 15〜17歳: 高校・移行期. */
	TRANSITION(15, 17),

	/** 18歳以上. */
	ADULT(18, null);

	private final int minAge;

	private final @Nullable Integer maxAge;

	AgeBand(int minAge, @Nullable Integer maxAge) {
		this.minAge = minAge;
		this.maxAge = maxAge;
	}

	int minAge() {
		return minAge;
	}

	@Nullable
	Integer maxAge() {
		return maxAge;
	}
}
