package org.tsunagu.institution.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.InstitutionColumns;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionTransfer;
import org.tsunagu.shared.SpreadsheetText;

/**
 * Writes institutions as a table in the import's own columns ({@link InstitutionColumns}), so an exported file
 * can be corrected and imported again: CSV in UTF-8 with a BOM (Excel reads it) or an Excel workbook. Text a
 * spreadsheet would run as a formula gets a leading apostrophe, which the import removes again. Both are written
 * while the institutions are read, holding none of them: the CSV line by line, the workbook through POI's
 * streaming SXSSF (a window of rows in memory).
 */
@Component
class InstitutionSheet {

	/** Rows of the workbook kept in memory while it is written. */
	static final int WINDOW = 100;

	private final MessageSource messages;

	InstitutionSheet(MessageSource messages) {
		this.messages = messages;
	}

	/** Writes the CSV row by row as the institutions are handed over; the stream is flushed, not closed. */
	void writeCsv(Rows institutions, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.EXCEL.builder().setHeader(InstitutionColumns.all().toArray(String[]::new)).get());
		institutions.forEach(institution -> {
			try {
				printer.printRecord(row(institution));
			}
			catch (IOException exception) {
				throw new UncheckedIOException(exception);
			}
		});
		printer.flush();
	}

	/** Writes the workbook; only the last {@value #WINDOW} rows are kept in memory, the rest in a temporary file. */
	void writeExcel(Rows institutions, OutputStream out) throws IOException {
		writeExcel(institutions, out, new SXSSFWorkbook(WINDOW));
	}

	/** As {@link #writeExcel(Rows, OutputStream)}, into the workbook given (a test watches its rows go to disk). */
	void writeExcel(Rows institutions, OutputStream out, SXSSFWorkbook workbook) throws IOException {
		try (workbook) {
			Sheet sheet = workbook.createSheet(label("institution.export.sheet"));
			write(sheet.createRow(0), InstitutionColumns.all());
			institutions.forEach(institution -> write(sheet.createRow(sheet.getLastRowNum() + 1), row(institution)));
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
		finally {
			workbook.dispose();
		}
	}

	private static void write(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			row.createCell(c).setCellValue(cells.get(c));
		}
	}

	List<String> row(InstitutionDetails i) {
		List<String> cells = new ArrayList<>(List.of(cell(i.name()), cell(i.kana()),
				label("institution.field." + i.field().name()), label("institution.kind." + i.kind().name()),
				text(i.officeNumber()), text(i.postalCode()), i.municipalityCode(), i.municipalityName(),
				i.regionName(), cell(i.address()), text(i.phone()), cell(i.email()), cell(i.website()),
				number(i.ageMin()), number(i.ageMax()), number(i.capacity()),
				i.waitingStatus() == null ? "" : label("institution.waiting." + i.waitingStatus().name()),
				label(i.publicListing() ? "institution.publicListing.yes" : "institution.publicListing.no"),
				i.lastConfirmedOn() == null ? "" : i.lastConfirmedOn().toString(), cell(i.notes()),
				i.retired() ? label("institution.retired.label") : ""));
		for (int item = 1; item <= 14; item++) {
			CapabilityInput answer = i.capability(item);
			cells.add(label("institution.acceptance." + (answer == null ? "UNKNOWN" : answer.acceptance().name())));
		}
		return cells;
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, Locale.JAPANESE);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static String number(@Nullable Integer value) {
		return value == null ? "" : value.toString();
	}

	/** Institutions handed over one at a time while they are read, as {@link InstitutionTransfer#export} does. */
	@FunctionalInterface
	interface Rows {

		void forEach(Consumer<InstitutionDetails> row);
	}

	/** Defuses text that a spreadsheet would run as a formula. */
	static String cell(@Nullable String text) {
		return SpreadsheetText.defuse(text);
	}
}
