package org.tsunagu.registry.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tsunagu.registry.CareClass;

/**
 * The 医療的ケア区分 thresholds. They are settings, not code, because a 報酬改定 may move them.
 *
 * @param class1 the lowest total of 区分1 (default 3)
 * @param class2 the lowest total of 区分2 (default 16)
 * @param class3 the lowest total of 区分3 (default 32)
 */
@ConfigurationProperties("tsunagu.registry.care-score")
record CareScoreSettings(@DefaultValue("3") int class1, @DefaultValue("16") int class2,
		@DefaultValue("32") int class3) {

	static final CareScoreSettings DEFAULTS = new CareScoreSettings(3, 16, 32);

	CareScoreSettings {
		if (class1 < 1 || class2 <= class1 || class3 <= class2) {
			throw new IllegalArgumentException(
					"Care class thresholds must rise: %d < %d < %d".formatted(class1, class2, class3));
		}
	}

	/** The 区分 of a total. */
	CareClass classify(int total) {
		if (total >= class3) {
			return CareClass.CLASS_3;
		}
		if (total >= class2) {
			return CareClass.CLASS_2;
		}
		return total >= class1 ? CareClass.CLASS_1 : CareClass.NONE;
	}
}
