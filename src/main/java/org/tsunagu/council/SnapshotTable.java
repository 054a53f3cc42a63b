package org.tsunagu.council;

import java.util.List;

/**
 * One table of a statistics snapshot, frozen as text: what the meeting saw is what stays.
 *
 * @param caption the table's caption
 * @param headers the column headings, the label column first
 * @param rows the rows in display order
 */
public record SnapshotTable(String caption, List<String> headers, List<Row> rows) {

	public SnapshotTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/**
	 * One row: a label and one value per value column.
	 *
	 * @param label what people read in the first column
	 * @param values the values, already formatted
	 */
	public record Row(String label, List<String> values) {

		public Row {
			values = List.copyOf(values);
		}
	}
}
