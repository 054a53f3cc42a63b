package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tsunagu.registry.CareClass;

class CareScoreSettingsTests {

	@ParameterizedTest(name = "{0} points → {1}")
	@CsvSource({ "0,NONE", "2,NONE", "3,CLASS_1", "15,CLASS_1", "16,CLASS_2", "31,CLASS_2", "32,CLASS_3",
			"123,CLASS_3" })
	void classifiesTotalsAtTheDefaultThresholds(int total, CareClass expected) {
		assertThat(CareScoreSettings.DEFAULTS.classify(total)).isEqualTo(expected);
	}

	@Test
	void followsOtherThresholdsWhenConfigured() {
		assertThat(new CareScoreSettings(5, 20, 40).classify(32)).isEqualTo(CareClass.CLASS_2);
	}

	@Test
	void rejectsThresholdsThatDoNotRise() {
		assertThatThrownBy(() -> new CareScoreSettings(3, 3, 32)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CareScoreSettings(0, 16, 32)).isInstanceOf(IllegalArgumentException.class);
	}
}
