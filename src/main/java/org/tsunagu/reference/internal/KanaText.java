package org.tsunagu.reference.internal;

import java.text.Normalizer;

/**
 * Normalises what users type into a search box so that ナガノ, ﾅｶﾞﾉ and ながの find the same 市町村 (the kana
 * column holds hiragana), and 駒ケ根 finds 駒ヶ根市.
 */
public final class KanaText {

	private static final char FIRST_KATAKANA = 'ァ';

	private static final char LAST_CONVERTIBLE_KATAKANA = 'ヶ';

	private static final int KATAKANA_TO_HIRAGANA = 'ァ' - 'ぁ';

	private KanaText() {
	}

	/** NFKC (half-width to full-width, full-width digits to ASCII), trimmed. */
	public static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

	/** The text as hiragana: katakana ァ–ゖ become ぁ–ゖ; everything else stays. */
	public static String toHiragana(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (char c : normalise(text).toCharArray()) {
			// ヵ and ヶ as kana map to ゕ and ゖ; inside names (駒ヶ根) they are not searched as kana anyway.
			boolean convertible = c >= FIRST_KATAKANA && c <= LAST_CONVERTIBLE_KATAKANA;
			result.append(convertible ? (char) (c - KATAKANA_TO_HIRAGANA) : c);
		}
		return result.toString();
	}

	/** The spelling of a name with the small ヶ of the 総務省 list (駒ケ根 → 駒ヶ根). */
	public static String withSmallKe(String text) {
		return normalise(text).replace('ケ', 'ヶ');
	}
}
