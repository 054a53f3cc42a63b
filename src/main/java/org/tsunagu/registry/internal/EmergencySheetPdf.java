package org.tsunagu.registry.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.tsunagu.shared.JapaneseFonts;

/**
 * Lays a 緊急時情報シート out on one A4 page with the bundled BIZ UDPゴシック, embedded as a subset so any
 * viewer shows the Japanese text (the font is never downloaded). Long content first shrinks, then is cut
 * with a pointer to the registry: the sheet never runs off the page silently.
 */
@Component
class EmergencySheetPdf {

	static final String TITLE = "緊急時情報シート";

	private static final float MARGIN = 34f;

	private static final float FOOTER_HEIGHT = 34f;

	byte[] render(EmergencySheetContent content) {
		try (PDDocument document = new PDDocument(); JapaneseFonts fonts = JapaneseFonts.borrow()) {
			PDType0Font regular = fonts.regular(document);
			PDType0Font bold = fonts.bold(document);
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			document.getDocumentInformation().setTitle(TITLE + " 第" + content.versionNumber() + "版");
			document.getDocumentInformation().setCreator("Tsunagu");
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				PdfCanvas canvas = new PdfCanvas(stream);
				float width = page.getMediaBox().getWidth() - 2 * MARGIN;
				float top = header(canvas, regular, bold, content, page.getMediaBox().getHeight() - MARGIN, width);
				new EmergencySheetTable(regular, bold, width).draw(canvas, content.rows(), MARGIN, top,
						MARGIN + FOOTER_HEIGHT);
				footer(canvas, regular, content, width);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot print the emergency sheet", exception);
		}
	}

	/** Title, version and print time, then the name with its フリガナ above; returns where the table starts. */
	private float header(PdfCanvas canvas, PDFont regular, PDFont bold, EmergencySheetContent content, float top,
			float width) {
		float right = MARGIN + width;
		canvas.text(bold, 22f, MARGIN, top - 22f, TITLE);
		String version = "第" + content.versionNumber() + "版";
		canvas.text(bold, 13f, right - PdfCanvas.width(bold, 13f, version), top - 14f, version);
		String printed = "印刷日時 " + content.printedAt();
		canvas.text(regular, 8.5f, right - PdfCanvas.width(regular, 8.5f, printed), top - 27f, printed);
		canvas.line(MARGIN, top - 34f, right, top - 34f, 2.5f, 0.75f, 0.1f, 0.1f);
		String kana = fitted(regular, 9.5f, content.nameKana(), width);
		canvas.text(regular, 9.5f, MARGIN + 2f, top - 50f, kana);
		String name = fitted(bold, 20f, content.name(), width);
		canvas.text(bold, 20f, MARGIN + 2f, top - 72f, name);
		return top - 82f;
	}

	private void footer(PdfCanvas canvas, PDFont regular, EmergencySheetContent content, float width) {
		List<String> lines = PdfCanvas.wrap(regular, 7.5f, content.footer(), width);
		float baseline = MARGIN + FOOTER_HEIGHT - 12f;
		for (String line : lines.subList(0, Math.min(2, lines.size()))) {
			canvas.text(regular, 7.5f, MARGIN, baseline, line);
			baseline -= 10f;
		}
		String mark = TITLE + "　第" + content.versionNumber() + "版　" + content.printedAt();
		canvas.text(regular, 7.5f, MARGIN + width - PdfCanvas.width(regular, 7.5f, mark), MARGIN - 4f, mark);
	}

	/** The text cut to one line of {@code width}, for the name lines. */
	private static String fitted(PDFont font, float size, String text, float width) {
		return PdfCanvas.wrap(font, size, text.replace('\n', ' '), width).get(0);
	}

}
