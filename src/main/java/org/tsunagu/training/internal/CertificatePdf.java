package org.tsunagu.training.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tsunagu.shared.JapaneseFonts;

/**
 * Prints 修了証 on A4 pages with the bundled BIZ UDPゴシック (embedded as a subset, never downloaded): the
 * number, the name, what was completed, the issue date in 和暦 and the issuer. One page per certificate, so
 * a whole offering prints as one file.
 */
@Component
class CertificatePdf {

	private static final float MARGIN = 70f;

	/** What one certificate says; dates already in 和暦. */
	record Content(String number, String name, String courseTitle, String hours, String completedOn,
			String issuedOn) {
	}

	private final String issuer;

	CertificatePdf(@Value("${tsunagu.training.certificate-issuer:長野県医療的ケア児等支援センター}") String issuer) {
		this.issuer = issuer;
	}

	byte[] render(List<Content> certificates) {
		try (PDDocument document = new PDDocument(); JapaneseFonts fonts = JapaneseFonts.borrow()) {
			PDType0Font regular = fonts.regular(document);
			PDType0Font bold = fonts.bold(document);
			document.getDocumentInformation().setTitle("修了証");
			document.getDocumentInformation().setCreator("Tsunagu");
			for (Content content : certificates) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
					draw(stream, page.getMediaBox(), regular, bold, content);
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot print the certificate", exception);
		}
	}

	private void draw(PDPageContentStream stream, PDRectangle box, PDType0Font regular, PDType0Font bold,
			Content content) throws IOException {
		float width = box.getWidth();
		float top = box.getHeight() - MARGIN;
		right(stream, regular, 11f, width - MARGIN, top, "第 " + content.number() + " 号");
		centred(stream, bold, 36f, width, top - 110f, "修 了 証");
		centred(stream, bold, 24f, width, top - 210f, content.name() + "　殿");
		float y = top - 300f;
		for (String line : List.of("あなたは " + content.courseTitle() + "（" + content.hours() + "）の",
				"全課程を修了したことを証します。", "", "修了日　" + content.completedOn())) {
			left(stream, regular, 15f, MARGIN + 20f, y, line);
			y -= 30f;
		}
		left(stream, regular, 14f, MARGIN + 20f, MARGIN + 150f, content.issuedOn());
		right(stream, bold, 16f, width - MARGIN, MARGIN + 100f, issuer);
		stream.setLineWidth(2f);
		stream.addRect(MARGIN - 30f, MARGIN - 30f, width - 2 * (MARGIN - 30f), box.getHeight() - 2 * (MARGIN - 30f));
		stream.stroke();
	}

	private static void left(PDPageContentStream stream, PDType0Font font, float size, float x, float y, String text)
			throws IOException {
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, y);
		stream.showText(text);
		stream.endText();
	}

	private static void centred(PDPageContentStream stream, PDType0Font font, float size, float pageWidth, float y,
			String text) throws IOException {
		left(stream, font, size, (pageWidth - width(font, size, text)) / 2, y, text);
	}

	private static void right(PDPageContentStream stream, PDType0Font font, float size, float rightEdge, float y,
			String text) throws IOException {
		left(stream, font, size, rightEdge - width(font, size, text), y, text);
	}

	private static float width(PDType0Font font, float size, String text) throws IOException {
		return font.getStringWidth(text) / 1000f * size;
	}

}
