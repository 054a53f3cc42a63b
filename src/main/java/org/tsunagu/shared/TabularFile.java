package org.tsunagu.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A table read from an uploaded file, as the prefecture's offices produce them: CSV in UTF-8 (with or without
 * BOM) or Shift_JIS (detected), or the first sheet of an Excel workbook. Every cell is text as shown in
 * Excel; empty trailing rows are dropped.
 *
 * @param header the first row
 * @param rows the data rows, each as long as the header
 */
public record TabularFile(List<String> header, List<List<String>> rows) {

	/** Windows' Shift_JIS, which is what Japanese Excel writes as "CSV". */
	static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	/** Files larger than this are refused before they are read. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/**
	 * Reads a CSV or Excel file, recognised by its name ({@code .csv}, {@code .txt}, {@code .xlsx}, {@code .xls});
	 * the type the browser declared is not trusted. An Excel file must open as a workbook, a CSV file must be
	 * text (no NUL bytes, as in a program or a renamed binary).
	 *
	 * @throws IllegalArgumentException when the file is empty, too large, of another type, or neither CSV nor Excel
	 */
	public static TabularFile read(String filename, byte[] content) throws IOException {
		if (content.length == 0) {
			throw new IllegalArgumentException("The file is empty");
		}
		if (content.length > MAX_BYTES) {
			throw new IllegalArgumentException("The file is larger than " + MAX_BYTES + " bytes");
		}
		String name = filename.toLowerCase(Locale.ROOT);
		boolean excel = name.endsWith(".xlsx") || name.endsWith(".xls");
		if (!excel && !name.endsWith(".csv") && !name.endsWith(".txt")) {
			throw new IllegalArgumentException("Only CSV and Excel files are read");
		}
		if (!excel && containsNul(content)) {
			throw new IllegalArgumentException("The file is not text");
		}
		List<List<String>> table = excel ? readExcel(content) : readCsv(decode(content));
		if (table.isEmpty()) {
			throw new IllegalArgumentException("The file has no header row");
		}
		List<String> header = table.get(0).stream().map(String::strip).toList();
		List<List<String>> rows = table.subList(1, table.size()).stream().map(row -> pad(row, header.size())).toList();
		return new TabularFile(header, rows);
	}

	/** UTF-8 when there is a BOM or the bytes are valid UTF-8; Shift_JIS otherwise. */
	static String decode(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(content, SHIFT_JIS);
		}
	}

	private static List<List<String>> readCsv(String text) {
		List<List<String>> table = new ArrayList<>();
		try {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().get().parse(new StringReader(text))) {
				List<String> row = record.toList();
				if (!isBlank(row)) {
					table.add(row);
				}
			}
		}
		catch (IOException | UncheckedIOException malformed) {
			// e.g. a quote that is never closed: commons-csv reports it while iterating, unchecked.
			throw new IllegalArgumentException("The file is not readable CSV", malformed);
		}
		return table;
	}

	private static List<List<String>> readExcel(byte[] content) {
		List<List<String>> table = new ArrayList<>();
		DataFormatter formatter = new DataFormatter(Locale.JAPAN);
		try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell));
				}
				if (!isBlank(cells)) {
					table.add(cells);
				}
			}
		}
		catch (IOException | RuntimeException broken) {
			// POI answers a broken, disguised or zip-bomb workbook (its ZipSecureFile inflate-ratio check, on by
			// default) with many exception types, checked and unchecked: all mean "not a workbook we can read".
			throw new IllegalArgumentException("The file is not a readable Excel workbook", broken);
		}
		return table;
	}

	private static boolean containsNul(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean isBlank(List<String> row) {
		return row.stream().allMatch(cell -> cell == null || cell.isBlank());
	}

	private static List<String> pad(List<String> row, int size) {
		List<String> padded = new ArrayList<>(row.stream().map(cell -> cell == null ? "" : cell.strip()).toList());
		while (padded.size() < size) {
			padded.add("");
		}
		return padded;
	}
}
