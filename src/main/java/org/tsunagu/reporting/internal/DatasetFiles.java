package org.tsunagu.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tsunagu.reporting.Dataset;

/**
 * A dataset as a file. CSV: UTF-8 with BOM (so Excel opens Japanese correctly), CRLF, the header row first
 * and nothing else (machine-readable); the legend goes only into the workbook, on its own sheet.
 */
final class DatasetFiles {

	static final String BOM = "\uFEFF";

	private DatasetFiles() {
	}

	static byte[] csv(List<String> headers, List<List<String>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
			writer.write(BOM);
			printer.printRecord(headers);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return bytes.toByteArray();
	}

	static byte[] csv(Dataset dataset) {
		return csv(dataset.headers(), dataset.rows());
	}

	/** One sheet with the table (numbers as numbers, <5 and x as text), one with the legend; A4 landscape. */
	static byte[] workbook(Dataset dataset) {
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet data = workbook.createSheet("データ");
			Row header = data.createRow(0);
			for (int c = 0; c < dataset.headers().size(); c++) {
				header.createCell(c).setCellValue(dataset.headers().get(c));
			}
			for (int r = 0; r < dataset.rows().size(); r++) {
				Row row = data.createRow(r + 1);
				List<String> values = dataset.rows().get(r);
				for (int c = 0; c < values.size(); c++) {
					String value = values.get(c);
					// Codes and dates stay text (leading zeros, no date conversion); counts become numbers.
					if (c > 0 && value.matches("\\d{1,5}") && !dataset.headers().get(c).equals(DatasetBuilder.CODE_HEADER)) {
						row.createCell(c).setCellValue(Long.parseLong(value));
					}
					else {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			PrintSetup print = data.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			data.setFitToPage(true);
			Sheet legend = workbook.createSheet("凡例");
			legend.createRow(0).createCell(0).setCellValue(dataset.title());
			legend.createRow(1).createCell(0).setCellValue("基準日: " + dataset.asOf());
			for (int i = 0; i < dataset.legend().size(); i++) {
				legend.createRow(i + 2).createCell(0).setCellValue(dataset.legend().get(i));
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}
}
