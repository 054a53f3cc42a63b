package org.tsunagu.reporting;

import java.util.List;

/**
 * One row of a statistics table: a label and one count per value column.
 *
 * @param key a stable key for machines (圏域 name, 地方公共団体コード, enum name, 2026-04)
 * @param label what people read
 * @param values the counts, one per value column
 */
public record StatRow(String key, String label, List<Long> values) {

	public StatRow {
		values = List.copyOf(values);
	}

	/** A row with a single count. */
	public static StatRow of(String key, String label, long value) {
		return new StatRow(key, label, List.of(value));
	}
}
