package org.tsunagu.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.tsunagu.reporting.StatRow;
import org.tsunagu.reporting.StatTable;

/**
 * Builds tables from counts by key: every key of the domain gets a row (zeros included) in the domain's order.
 */
final class Tables {

	private Tables() {
	}

	static <K> List<StatRow> rows(List<K> keys, Map<K, Long> counts, Function<K, String> key, Function<K, String> label) {
		List<StatRow> rows = new ArrayList<>();
		for (K k : keys) {
			rows.add(StatRow.of(key.apply(k), label.apply(k), counts.getOrDefault(k, 0L)));
		}
		return rows;
	}

	/** Rows for places (圏域, 市町村) whose counts are keyed by the row key (name or code). */
	static <P> List<StatRow> placeRows(List<P> places, Map<String, Long> counts, Function<P, String> key,
			Function<P, String> label) {
		return places.stream()
			.map(place -> StatRow.of(key.apply(place), label.apply(place), counts.getOrDefault(key.apply(place), 0L)))
			.toList();
	}

	static <E extends Enum<E>> List<StatRow> enumRows(E[] values, Map<E, Long> counts, String messagePrefix,
			Labels labels) {
		return rows(List.of(values), counts, Enum::name, value -> labels.get(messagePrefix + value.name()));
	}

	static StatTable count(String id, Labels labels, String labelHeaderKey, List<StatRow> rows, String chart,
			@Nullable String noteKey) {
		return new StatTable(id, labels.get("reporting.table." + id), labels.get(labelHeaderKey),
				List.of(labels.get("reporting.header.count")), rows, chart, true,
				noteKey == null ? null : labels.get(noteKey));
	}
}
