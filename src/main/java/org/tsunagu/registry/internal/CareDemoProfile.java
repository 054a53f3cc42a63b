package org.tsunagu.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.tsunagu.registry.CareLevel;
import org.tsunagu.registry.CareSelection;

/**
 * Typical mixes of care among the children a centre supports, for fictional demo data.
 */
enum CareDemoProfile {

	/** 人工呼吸器, 気管切開, 吸引 and 経管栄養: the most intensive care. */
	VENTILATED,

	/** 在宅酸素 and 吸引. */
	OXYGEN,

	/** 経管栄養 only. */
	TUBE_FEEDING,

	/** 間欠的導尿 only. */
	CATHETER,

	/** インスリン注射 and 血糖測定. */
	DIABETES,

	/** 重症心身障害 without daily medical care (score 0). */
	NO_DAILY_CARE;

	private static final int[] WEIGHTS = { 3, 2, 3, 1, 1, 3 };

	static CareDemoProfile pick(Random random) {
		int roll = random.nextInt(13);
		for (CareDemoProfile profile : values()) {
			roll -= WEIGHTS[profile.ordinal()];
			if (roll < 0) {
				return profile;
			}
		}
		return NO_DAILY_CARE;
	}

	/** The items of one assessment; an earlier one may lack the care added since. */
	List<CareSelection> items(Random random, boolean earlier) {
		List<CareSelection> items = new ArrayList<>();
		switch (this) {
			case VENTILATED -> {
				items.add(new CareSelection(1, 0, random.nextBoolean() ? CareLevel.HIGH : CareLevel.MID));
				items.add(new CareSelection(2, 0, CareLevel.HIGH));
				items.add(new CareSelection(5, 0, CareLevel.HIGH));
				items.add(new CareSelection(7, 1, CareLevel.HIGH));
				if (!earlier && random.nextBoolean()) {
					items.add(new CareSelection(14, 0, CareLevel.HIGH));
				}
			}
			case OXYGEN -> {
				items.add(new CareSelection(4, 0, CareLevel.HIGH));
				items.add(new CareSelection(5, 0, earlier ? CareLevel.LOW : CareLevel.HIGH));
			}
			case TUBE_FEEDING -> {
				items.add(new CareSelection(7, 1, random.nextBoolean() ? CareLevel.HIGH : CareLevel.LOW));
				if (!earlier && random.nextBoolean()) {
					items.add(new CareSelection(7, 2, CareLevel.LOW));
				}
			}
			case CATHETER -> items.add(new CareSelection(12, 1, CareLevel.LOW));
			case DIABETES -> {
				items.add(new CareSelection(9, 1, CareLevel.HIGH));
				items.add(new CareSelection(10, 0, CareLevel.LOW));
			}
			case NO_DAILY_CARE -> {
			}
		}
		return items;
	}
}
