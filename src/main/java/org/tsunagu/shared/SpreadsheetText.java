package org.tsunagu.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text for a CSV cell that a spreadsheet opens: a cell that starts with {@code = + - @}, a tab or a carriage
 * return would be run as a formula by Excel (CSV injection, e.g. {@code =HYPERLINK(...)} planted in a name), so it
 * gets a leading apostrophe, which Excel shows as text and an import of our own files removes again. In an
 * .xlsx file, text cells are never formulas and need no such prefix.
 */
public final class SpreadsheetText {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetText() {
	}

	/** The text, with an apostrophe before it when a spreadsheet would take it as a formula; "" for null. */
	public static String defuse(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return isFormula(text) ? "'" + text : text;
	}

	/** Whether a spreadsheet would take the text as a formula. */
	public static boolean isFormula(String text) {
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
	}
}
