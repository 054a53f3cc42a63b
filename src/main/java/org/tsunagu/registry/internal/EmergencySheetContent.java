package org.tsunagu.registry.internal;

import java.util.List;

/**
 * What one 緊急時情報シート says, in reading order, before it is laid out on the page.
 *
 * @param name 氏名
 * @param nameKana フリガナ
 * @param versionNumber the sheet's version, printed on it
 * @param printedAt print date and time in JST, as printed
 * @param rows the labelled entries of the sheet's table
 * @param footer the closing note on provenance and consent
 */
record EmergencySheetContent(String name, String nameKana, int versionNumber, String printedAt, List<Row> rows,
		String footer) {

	EmergencySheetContent {
		rows = List.copyOf(rows);
	}

	/** One labelled entry; lines are separated by {@code \n}. */
	record Row(String label, String text) {
	}
}
