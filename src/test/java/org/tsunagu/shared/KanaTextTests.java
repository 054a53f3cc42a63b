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
		assertThat(KanaText.containsPattern("ミホン 100%_")).isEqualTo("%みほん100%");
	}

	@Test
	void searchPairsAreEveryTwoNeighbouringCharactersOnce() {
		assertThat(KanaText.searchPairs("やまやま")).containsExactly("まや", "やま");
		assertThat(KanaText.searchPairs(KanaText.searchWord("ヤマダ 花子"))).containsExactlyInAnyOrder("やま", "まだ",
				"だ花", "花子");
	}

	@Test
	void searchPairsCountCharactersNotUtf16Units() {
		// 𠮷 (U+20BB7) is two UTF-16 units: a pair is two characters, never half of one.
		assertThat(KanaText.searchPairs("𠮷田")).containsExactly("𠮷田");
		assertThat(KanaText.searchPairs("𠮷")).isEmpty();
		assertThat(KanaText.searchPairs("")).isEmpty();
	}

	@Test
	void everyPairOfAWordIsAPairOfATextThatContainsIt() {
		String text = KanaText.searchKey("山田花子|ヤマダハナコ");
		String word = KanaText.searchWord("ﾊﾅｺ");
		assertThat(text).contains(word);
		assertThat(KanaText.searchPairs(text)).containsAll(KanaText.searchPairs(word));
	}
}
