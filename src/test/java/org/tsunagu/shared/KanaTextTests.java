package org.tsunagu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KanaTextTests {

	@Test
	void turnsKatakanaAndHalfWidthKanaIntoHiragana() {
		assertThat(KanaText.toHiragana("ナガノシ")).isEqualTo("ながのし");
		assertThat(KanaText.toHiragana("ﾅｶﾞﾉ")).isEqualTo("ながの");
		assertThat(KanaText.toHiragana(" まつもと ")).isEqualTo("まつもと");
	}

	@Test
	void keepsTheLongVowelMarkAndKanji() {
		assertThat(KanaText.toHiragana("ハーブ長野")).isEqualTo("はーぶ長野");
	}

	@Test
	void spellsNamesWithTheSmallKeOfTheOfficialList() {
		assertThat(KanaText.withSmallKe("駒ケ根")).isEqualTo("駒ヶ根");
	}

	@Test
	void containsPatternFoldsTheTextAndDropsLikeWildcards() {
		org.assertj.core.api.Assertions.assertThat(KanaText.containsPattern("ミホン 100%_")).isEqualTo("%みほん100%");
	}
}
