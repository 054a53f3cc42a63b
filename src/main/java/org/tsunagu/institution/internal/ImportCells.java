package org.tsunagu.institution.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.ImportReport.ImportProblem;
import org.tsunagu.shared.KanaText;

/**
 * One row of an imported table: reads cells by heading, parses them and collects the problems of the row. A
 * column missing from the file gives an absent {@link Cell}, so that the existing value is kept.
 */
final class ImportCells {

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT);

	private final int line;

	private final List<String> row;

	private final Map<String, Integer> columns;

	private final List<ImportProblem> problems;

	private boolean broken;

	ImportCells(int line, List<String> row, Map<String, Integer> columns, List<ImportProblem> problems) {
		this.line = line;
		this.row = row;
		this.columns = columns;
		this.problems = problems;
	}

	/**
	 * A cell's value, or absent when the file has no such column.
	 *
	 * @param present whether the column is in the file
	 * @param value the value (null when the cell is blank)
	 */
	record Cell<T>(boolean present, @Nullable T value) {

		static <T> Cell<T> absent() {
			return new Cell<>(false, null);
		}

		/** The file's value where the column is present, else the existing one. */
		@Nullable T or(@Nullable T existing) {
			return present ? value : existing;
		}
	}

	int line() {
		return line;
	}

	/** Whether any cell of this row had a problem. */
	boolean broken() {
		return broken;
	}

	boolean has(String column) {
		return columns.containsKey(column);
	}

	/** The cell as text (null when blank). */
	Cell<String> text(String column, int max) {
		if (!has(column)) {
			return Cell.absent();
		}
		String raw = raw(column);
		if (raw.length() > max) {
			problem(column, "institution.import.size", raw.substring(0, Math.min(raw.length(), 20)) + "…");
		}
		return new Cell<>(true, raw.isEmpty() ? null : KanaText.normalise(raw));
	}

	/** A cell that must match a pattern when not blank. */
	Cell<String> matching(String column, String regex, String messageKey) {
		Cell<String> cell = text(column, 300);
		if (cell.value() != null && !cell.value().matches(regex)) {
			problem(column, messageKey, cell.value());
		}
		return cell;
	}

	/** A whole number in a range, when not blank. */
	Cell<Integer> number(String column, int min, int max) {
		return parsed(column, text -> {
			int number = Integer.parseInt(text);
			return number < min || number > max ? null : number;
		}, "institution.import.number");
	}

	/** A date as 2026-04-01 or 2026/4/1, not in the future. */
	Cell<LocalDate> date(String column, LocalDate today) {
		Cell<LocalDate> date = parsed(column, text -> {
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException notIso) {
				return LocalDate.parse(text, SLASHED);
			}
		}, "institution.import.date");
		if (date.value() != null && date.value().isAfter(today)) {
			problem(column, "institution.import.future", date.value().toString());
		}
		return date;
	}

	/** A cell looked up in a table of accepted words (upper case); blank gives null. */
	<T> Cell<T> choice(String column, Map<String, T> words, String messageKey) {
		return parsed(column, text -> words.get(text.toUpperCase(Locale.ROOT)), messageKey);
	}

	/** A required cell. */
	@Nullable String required(String column, int max) {
		String value = text(column, max).value();
		if (value == null) {
			problem(column, "institution.import.required", "");
		}
		return value;
	}

	void problem(String column, String messageKey, String value) {
		broken = true;
		problems.add(new ImportProblem(line, column, messageKey, value));
	}

	private <T> Cell<T> parsed(String column, Function<String, @Nullable T> parser, String messageKey) {
		Cell<String> text = text(column, 300);
		if (text.value() == null) {
			return new Cell<>(text.present(), null);
		}
		T value;
		try {
			value = parser.apply(text.value());
		}
		catch (RuntimeException unreadable) {
			value = null;
		}
		if (value == null) {
			problem(column, messageKey, text.value());
		}
		return new Cell<>(true, value);
	}

	/** The cell, without the apostrophe an export puts before text a spreadsheet would take as a formula. */
	private String raw(String column) {
		String cell = row.get(columns.get(column)).strip();
		return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1)
				: cell;
	}
}
