package org.tsunagu.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.ReportSectionView;
import org.tsunagu.reporting.StatRow;
import org.tsunagu.reporting.StatTable;

/**
 * The 事業実績報告 as an Excel workbook: a cover sheet, then one sheet per table (1シート1表, no merged cells,
 * numbers as numbers, after the government's machine-readability rules), each set up for A4 portrait,
 * fitted to the page width, with the heading row repeated on every printed page.
 */
@Component
class AnnualReportWorkbook {

	static final String COVER = "表紙";

	/** Row index (0-based) of the heading row of every table sheet. */
	static final int HEADER_ROW = 3;

	byte[] write(Dashboard report) {
		try (Workbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			cover(workbook, report, styles);
			Set<String> names = new HashSet<>(Set.of(COVER));
			for (ReportSectionView section : report.sections()) {
				int index = 1;
				for (StatTable table : section.tables()) {
					String name = sheetName(section.duty() + "-" + index++ + " " + table.title(), names);
					tableSheet(workbook.createSheet(name), section, table, styles);
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot write the annual report workbook", exception);
		}
	}

	/** The sheet name of a table: unique, at most 31 characters, without the characters Excel forbids. */
	static String sheetName(String wanted, Set<String> taken) {
		String safe = WorkbookUtil.createSafeSheetName(wanted.replace('（', '(').replace('）', ')'));
		String name = safe;
		for (int n = 2; taken.contains(name); n++) {
			String suffix = "~" + n;
			name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
		}
		taken.add(name);
		return name;
	}

	private static void cover(Workbook workbook, Dashboard report, Styles styles) {
		Sheet sheet = workbook.createSheet(COVER);
		printSetup(sheet);
		text(sheet, 0, 0, AnnualReportText.TITLE, styles.title);
		text(sheet, 1, 0, AnnualReportText.yearLine(report), null);
		text(sheet, 2, 0, AnnualReportText.scopeLine(report), null);
		text(sheet, 3, 0, AnnualReportText.referenceLine(report), null);
		int row = 5;
		text(sheet, row++, 0, "要綱の業務", styles.header);
		for (ReportSectionView section : report.sections()) {
			text(sheet, row, 0, section.duty(), null);
			text(sheet, row++, 1, section.title(), null);
		}
		sheet.setColumnWidth(0, 12 * 256);
		sheet.setColumnWidth(1, 60 * 256);
	}

	private static void tableSheet(Sheet sheet, ReportSectionView section, StatTable table, Styles styles) {
		printSetup(sheet);
		text(sheet, 0, 0, section.duty() + "　" + table.title(), styles.title);
		text(sheet, 1, 0, section.title(), null);
		if (table.note() != null) {
			text(sheet, 2, 0, table.note(), null);
		}
		if (!table.available()) {
			text(sheet, HEADER_ROW, 0, AnnualReportText.MISSING, styles.header);
			sheet.setColumnWidth(0, 40 * 256);
			return;
		}
		Row header = sheet.createRow(HEADER_ROW);
		cell(header, 0, table.labelHeader(), styles.header);
		for (int i = 0; i < table.valueHeaders().size(); i++) {
			cell(header, i + 1, table.valueHeaders().get(i), styles.header);
		}
		int r = HEADER_ROW + 1;
		for (StatRow statRow : table.rows()) {
			Row row = sheet.createRow(r++);
			cell(row, 0, statRow.label(), styles.body);
			for (int i = 0; i < statRow.values().size(); i++) {
				row.createCell(i + 1).setCellValue(statRow.values().get(i));
				row.getCell(i + 1).setCellStyle(styles.number);
			}
		}
		Row total = sheet.createRow(r);
		cell(total, 0, AnnualReportText.TOTAL, styles.header);
		List<Long> totals = table.totals();
		for (int i = 0; i < totals.size(); i++) {
			total.createCell(i + 1).setCellValue(totals.get(i));
			total.getCell(i + 1).setCellStyle(styles.number);
		}
		sheet.setColumnWidth(0, 28 * 256);
		for (int i = 0; i < table.valueHeaders().size(); i++) {
			sheet.setColumnWidth(i + 1, 18 * 256);
		}
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
	}

	private static void printSetup(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(false);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.getFooter().setCenter("&P / &N");
	}

	private static void text(Sheet sheet, int rowIndex, int column, String value, CellStyle style) {
		Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
		cell(row, column, value, style);
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		row.createCell(column).setCellValue(value);
		if (style != null) {
			row.getCell(column).setCellStyle(style);
		}
	}

	/** The few styles of the workbook. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle body;

		final CellStyle number;

		Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font large = workbook.createFont();
			large.setBold(true);
			large.setFontHeightInPoints((short) 14);
			title = workbook.createCellStyle();
			title.setFont(large);
			header = bordered(workbook);
			header.setFont(bold);
			body = bordered(workbook);
			number = bordered(workbook);
			number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		}

		private static CellStyle bordered(Workbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}
	}
}
