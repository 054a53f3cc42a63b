package org.tsunagu.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A dataset ready to leave the center: every cell already suppressed ({@code <5}, {@code x}), column names in
 * Japanese after the 推奨データセット style, the 地方公共団体コード first.
 *
 * @param title what it counts
 * @param asOf the reference day
 * @param headers the column names
 * @param rows the rows as published, the totals row last
 * @param legend what {@code <5} and {@code x} mean, and how it was counted
 */
public record Dataset(String title, LocalDate asOf, List<String> headers, List<List<String>> rows,
		List<String> legend) {

	public Dataset {
		headers = List.copyOf(headers);
		rows = rows.stream().map(List::copyOf).toList();
		legend = List.copyOf(legend);
	}
}
