package org.tsunagu.reference.internal;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One reference CSV file being read: UTF-8 with a header line, with or without a byte order mark (Excel
 * writes one). Errors name the file, the line and the value.
 */
final class ReferenceCsv {

	private static final int BYTE_ORDER_MARK = '\uFEFF';

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private final String file;

	private @Nullable CSVRecord current;

	private ReferenceCsv(String file) {
		this.file = file;
	}

	/** Reads every row of the file with {@code mapper}, which reads fields through this object. */
	static <T> List<T> read(String file, Reader reader, List<String> requiredColumns,
			Function<ReferenceCsv, T> mapper) {
		ReferenceCsv csv = new ReferenceCsv(file);
		try (CSVParser parser = FORMAT.parse(skipByteOrderMark(reader))) {
			List<String> missing = requiredColumns.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
			if (!missing.isEmpty()) {
				throw new ReferenceFileException(file, 1, "missing column(s) " + missing + " in header "
						+ parser.getHeaderNames());
			}
			return parser.stream().map(record -> {
				csv.current = record;
				return mapper.apply(csv);
			}).toList();
		}
		catch (IOException | UncheckedIOException exception) {
			throw new ReferenceFileException(file, "cannot be read", exception);
		}
	}

	/** A value that must be present. */
	String required(String column) {
		String value = optional(column);
		if (value == null) {
			throw error("column '" + column + "' is empty");
		}
		return value;
	}

	/** A value that may be empty (null then). */
	@Nullable
	String optional(String column) {
		CSVRecord record = record();
		String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A whole number that must be present. */
	int integer(String column) {
		Integer value = optionalInteger(column);
		if (value == null) {
			throw error("column '" + column + "' is empty");
		}
		return value;
	}

	/** A whole number that may be empty. */
	@Nullable
	Integer optionalInteger(String column) {
		String value = optional(column);
		try {
			return value == null ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException exception) {
			throw error("column '" + column + "' is not a whole number: '" + value + "'");
		}
	}

	/** The line of the current row in the file (the header is line 1). */
	long line() {
		return record().getRecordNumber() + 1;
	}

	/** An error at the current row. */
	ReferenceFileException error(String problem) {
		return new ReferenceFileException(file, line(), problem);
	}

	String file() {
		return file;
	}

	private CSVRecord record() {
		if (current == null) {
			throw new IllegalStateException("No current row");
		}
		return current;
	}

	private static Reader skipByteOrderMark(Reader reader) throws IOException {
		PushbackReader pushback = new PushbackReader(reader, 1);
		int first = pushback.read();
		if (first != -1 && first != BYTE_ORDER_MARK) {
			pushback.unread(first);
		}
		return pushback;
	}
}
