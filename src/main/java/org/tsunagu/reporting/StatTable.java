package org.tsunagu.reporting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table of counts as the dashboard, the API, the workbook and the PDF all show it — one source, so the
 * figures cannot disagree. A table whose source does not exist yet is {@linkplain #available() unavailable}
 * and carries a note instead of numbers (「データ未整備」), never invented figures.
 *
 * @param id stable id (children-by-region)
 * @param title the table's title
 * @param labelHeader the heading of the label column
 * @param valueHeaders the headings of the value columns
 * @param rows the rows, in display order
 * @param chart how the dashboard draws it: bar, horizontal, line, doughnut, or none
 * @param available whether the figures exist
 * @param note a remark shown with the table (definition, or why data is missing)
 */
public record StatTable(String id, String title, String labelHeader, List<String> valueHeaders, List<StatRow> rows,
		String chart, boolean available, @Nullable String note) {

	public StatTable {
		valueHeaders = List.copyOf(valueHeaders);
		rows = List.copyOf(rows);
	}

	/** A table for a source that does not exist yet. */
	public static StatTable missing(String id, String title, String note) {
		return new StatTable(id, title, "", List.of(), List.of(), "none", false, note);
	}

	/** The sum of each value column. */
	public List<Long> totals() {
		return java.util.stream.IntStream.range(0, valueHeaders.size())
			.mapToObj(column -> rows.stream().mapToLong(row -> row.values().get(column)).sum())
			.toList();
	}

	/** The value of the row with the given key in the first column, 0 when absent. */
	public long value(String key) {
		return rows.stream().filter(row -> row.key().equals(key)).findFirst().map(row -> row.values().get(0)).orElse(0L);
	}
}
