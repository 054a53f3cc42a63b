package org.tsunagu.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.ReportSectionView;
import org.tsunagu.reporting.StatRow;
import org.tsunagu.reporting.StatTable;
import org.tsunagu.shared.JapaneseFonts;

/**
 * The 事業実績報告 as an A4 PDF with the bundled BIZ UDPゴシック (embedded subset): the same tables as the
 * workbook, as real text (searchable, readable by screen readers and by the tests), one row per line with
 * grid lines, new pages as needed.
 */
@Component
class AnnualReportPdf {

	private static final float MARGIN = 48f;

	private static final float ROW = 15f;

	private static final float LABEL_WIDTH = 220f;

	private static final float VALUE_WIDTH = 90f;

	byte[] write(Dashboard report) {
		try (PDDocument document = new PDDocument(); JapaneseFonts fonts = JapaneseFonts.borrow()) {
			Writer writer = new Writer(document, fonts.regular(document), fonts.bold(document));
			document.getDocumentInformation().setTitle(AnnualReportText.TITLE + " " + report.year().label());
			document.getDocumentInformation().setCreator("Tsunagu");
			writer.line(writer.bold, 16f, AnnualReportText.TITLE, 26f);
			writer.line(writer.regular, 10f, AnnualReportText.yearLine(report), ROW);
			writer.line(writer.regular, 10f, AnnualReportText.scopeLine(report), ROW);
			writer.line(writer.regular, 10f, AnnualReportText.referenceLine(report), ROW + 8f);
			for (ReportSectionView section : report.sections()) {
				writer.space(3 * ROW);
				writer.line(writer.bold, 13f, section.duty() + "　" + section.title(), ROW + 6f);
				for (StatTable table : section.tables()) {
					table(writer, table);
				}
			}
			writer.close();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot write the annual report PDF", exception);
		}
	}

	private static void table(Writer writer, StatTable table) throws IOException {
		writer.space(3 * ROW);
		writer.line(writer.bold, 10.5f, "■ " + table.title(), ROW + 2f);
		if (table.note() != null) {
			writer.line(writer.regular, 8f, table.note(), ROW - 2f);
		}
		if (!table.available()) {
			writer.row(writer.bold, List.of(AnnualReportText.MISSING));
			writer.gap(8f);
			return;
		}
		List<String> header = new ArrayList<>();
		header.add(table.labelHeader());
		header.addAll(table.valueHeaders());
		writer.row(writer.bold, header);
		for (StatRow row : table.rows()) {
			writer.space(ROW);
			List<String> cells = new ArrayList<>();
			cells.add(row.label());
			row.values().forEach(value -> cells.add(String.valueOf(value)));
			writer.row(writer.regular, cells);
		}
		List<String> total = new ArrayList<>();
		total.add(AnnualReportText.TOTAL);
		table.totals().forEach(value -> total.add(String.valueOf(value)));
		writer.row(writer.bold, total);
		writer.gap(8f);
	}

	/** Writes lines top-down and starts a new A4 page when the next block would not fit. */
	private static final class Writer {

		final PDFont regular;

		final PDFont bold;

		private final PDDocument document;

		private PDPageContentStream stream;

		private float y;

		private int pageNumber;

		Writer(PDDocument document, PDFont regular, PDFont bold) throws IOException {
			this.document = document;
			this.regular = regular;
			this.bold = bold;
			newPage();
		}

		void line(PDFont font, float size, String text, float advance) throws IOException {
			space(advance);
			y -= advance;
			show(font, size, MARGIN, y, fit(font, size, text, PDRectangle.A4.getWidth() - 2 * MARGIN));
		}

		/** One table row: the label left, the values right-aligned in their columns, a rule below. */
		void row(PDFont font, List<String> cells) throws IOException {
			space(ROW);
			y -= ROW;
			show(font, 9.5f, MARGIN + 4f, y + 4f, fit(font, 9.5f, cells.get(0), LABEL_WIDTH - 8f));
			for (int i = 1; i < cells.size(); i++) {
				String text = fit(font, 9.5f, cells.get(i), VALUE_WIDTH - 8f);
				float right = MARGIN + LABEL_WIDTH + i * VALUE_WIDTH - 4f;
				show(font, 9.5f, right - width(font, 9.5f, text), y + 4f, text);
			}
			float end = MARGIN + LABEL_WIDTH + (cells.size() - 1) * VALUE_WIDTH;
			stream.setLineWidth(0.4f);
			stream.moveTo(MARGIN, y);
			stream.lineTo(end, y);
			stream.stroke();
		}

		void gap(float height) {
			y -= height;
		}

		/** Starts a new page unless {@code height} still fits. */
		void space(float height) throws IOException {
			if (y - height < MARGIN + 20f) {
				newPage();
			}
		}

		void close() throws IOException {
			stream.close();
		}

		private void newPage() throws IOException {
			if (stream != null) {
				stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			pageNumber++;
			String footer = "- " + pageNumber + " -";
			show(regular, 8f, (PDRectangle.A4.getWidth() - width(regular, 8f, footer)) / 2, MARGIN - 20f, footer);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		private void show(PDFont font, float size, float x, float baseline, String text) throws IOException {
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(x, baseline);
			stream.showText(text);
			stream.endText();
		}

		private static float width(PDFont font, float size, String text) throws IOException {
			return font.getStringWidth(text) / 1000f * size;
		}

		/** The text cut with … to fit {@code max} points. */
		private static String fit(PDFont font, float size, String text, float max) throws IOException {
			if (width(font, size, text) <= max) {
				return text;
			}
			String cut = text;
			while (!cut.isEmpty() && width(font, size, cut + "…") > max) {
				cut = cut.substring(0, cut.length() - 1);
			}
			return cut + "…";
		}
	}
}
