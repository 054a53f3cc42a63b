package org.tsunagu.registry.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tsunagu.reference.CareScoreItemView;

/**
 * The shipped 判定スコア table, read from the same CSV file the application loads, so tests check the data
 * the centre uses rather than a copy.
 */
final class CareScoreTables {

	static final String FILE = "/reference/nagano/care-score-items.csv";

	private CareScoreTables() {
	}

	static List<CareScoreItemView> shipped() {
		try (Reader reader = new InputStreamReader(CareScoreTables.class.getResourceAsStream(FILE),
				StandardCharsets.UTF_8)) {
			List<CareScoreItemView> items = new ArrayList<>();
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				items.add(new CareScoreItemView(Integer.parseInt(row.get("no")), row.get("category"),
						row.get("sub_item").isEmpty() ? null : row.get("sub_item"), Integer.parseInt(row.get("base")),
						number(row.get("watch_high")), number(row.get("watch_mid")), number(row.get("watch_low")),
						LocalDate.of(2021, 4, 1), items.size() + 1));
			}
			return items;
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	static CareScoreCalculator calculator() {
		return new CareScoreCalculator(shipped(), CareScoreSettings.DEFAULTS);
	}

	private static Integer number(String text) {
		return text.isEmpty() ? null : Integer.valueOf(text);
	}
}
