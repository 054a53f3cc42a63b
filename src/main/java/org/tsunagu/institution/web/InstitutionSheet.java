package org.tsunagu.institution.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.InstitutionColumns;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.shared.SpreadsheetText;

/**
 * Writes institutions as a table in the import's own columns ({@link InstitutionColumns}), so an exported file
 * can be corrected and imported again: CSV in UTF-8 with a BOM (Excel reads it) or an Excel workbook. Text a
 * spreadsheet would run as a formula gets a leading apostrophe, which the import removes again.
 */
@Component
class InstitutionSheet {

	private final MessageSource messages;

	InstitutionSheet(MessageSource messages) {
		this.messages = messages;
	}

	void writeCsv(List<InstitutionDetails> institutions, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.EXCEL.builder().setHeader(InstitutionColumns.all().toArray(String[]::new)).get());
		for (InstitutionDetails institution : institutions) {
			printer.printRecord(row(institution));
		}
		printer.flush();
	}

	void writeExcel(List<InstitutionDetails> institutions, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(label("institution.export.sheet"));
			write(sheet.createRow(0), InstitutionColumns.all());
			int r = 1;
			for (InstitutionDetails institution : institutions) {
				write(sheet.createRow(r++), row(institution));
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
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

	/** Defuses text that a spreadsheet would run as a formula. */
	static String cell(@Nullable String text) {
		return SpreadsheetText.defuse(text);
	}
}
