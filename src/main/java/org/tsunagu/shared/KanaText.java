package org.tsunagu.shared;

import java.text.Normalizer;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Japanese kana handling: normalises what users type so that ナガノ, ﾅｶﾞﾉ and ながの meet (search folds to
 * hiragana), turns フリガナ into full-width katakana, and spells 駒ケ根 as 駒ヶ根.
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

	/** The text as full-width katakana: half-width ｶﾅ and hiragana become カナ; everything else stays. */
	public static String toKatakana(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (char c : normalise(text).toCharArray()) {
			boolean convertible = c >= 'ぁ' && c <= 'ゖ';
			result.append(convertible ? (char) (c + KATAKANA_TO_HIRAGANA) : c);
		}
		return result.toString();
	}

	/** Whether the text is only full-width katakana, the long-vowel mark, ・ and spaces (a valid フリガナ). */
	public static boolean isKatakana(String text) {
		return text.codePoints().allMatch(c -> (c >= 'ァ' && c <= 'ヺ') || c == 'ー' || c == '・' || c == ' ' || c == '　');
	}

	/** Folded for search: hiragana, NFKC, lower case, without spaces. */
	public static String searchKey(String text) {
		return toHiragana(text).toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s　]+", "");
	}

	/**
	 * A LIKE pattern that finds the folded text anywhere in a column of {@link #searchKey} values; the LIKE
	 * wildcards the user typed are dropped, so they match nothing special.
	 */
	public static String containsPattern(String text) {
		return "%" + searchWord(text) + "%";
	}

	/** What a {@link #containsPattern} looks for: the folded text without the LIKE wildcards the user typed. */
	public static String searchWord(String text) {
		return searchKey(text).replace("%", "").replace("_", "");
	}

	/**
	 * Every two neighbouring characters (code points) of a {@link #searchKey} value, without repeats: the keys of a
	 * name index. A text contains a word of two or more characters only if it has every pair of the word, so the
	 * pairs narrow a {@link #containsPattern} search to a few rows without ever missing one; one character has
	 * none. In code-point order: hiragana before katakana before kanji.
	 */
	public static SortedSet<String> searchPairs(String searchKey) {
		SortedSet<String> pairs = new TreeSet<>();
		int[] characters = searchKey.codePoints().toArray();
		for (int i = 0; i + 1 < characters.length; i++) {
			pairs.add(new String(characters, i, 2));
		}
		return pairs;
	}

	/** The spelling of a name with the small ヶ of the 総務省 list (駒ケ根 → 駒ヶ根). */
	public static String withSmallKe(String text) {
		return normalise(text).replace('ケ', 'ヶ');
	}
}
