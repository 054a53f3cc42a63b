package org.tsunagu.consultation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.tsunagu.shared.JapaneseFonts;

/**
 * A flowing A4 document of headings and wrapped Japanese text in the bundled BIZ UDPゴシック (embedded subset),
 * starting a new page when one is full. Japanese has no spaces, so lines are cut by width, keeping closing
 * punctuation off the start of a line; characters the font lacks print as 〓.
 */
final class PdfLines implements AutoCloseable {

	private static final float MARGIN = 40f;

	private static final String NO_LINE_START = "、。，．）」』】〕・ー…：；！？,.)";

	private final PDDocument document = new PDDocument();

	private final JapaneseFonts fonts = JapaneseFonts.borrow();

	private final PDFont regular;

	private final PDFont bold;

	private PDPageContentStream out;

	private float y;

	PdfLines(String title) throws IOException {
		regular = fonts.regular(document);
		bold = fonts.bold(document);
		document.getDocumentInformation().setTitle(title);
		document.getDocumentInformation().setCreator("Tsunagu");
		out = newPage();
	}

	void heading(String text, float size) {
		y -= size * 0.6f;
		write(bold, size, text, 0f);
	}

	void text(String text) {
		write(regular, 10f, text, 0f);
	}

	/** A label and its value on one line, the value wrapped under itself. */
	void field(String label, String value) {
		float labelWidth = 110f;
		ensure(14f);
		show(bold, 10f, MARGIN, y - 10f, label);
		write(regular, 10f, value.isBlank() ? "—" : value, labelWidth);
	}

	byte[] finish() throws IOException {
		out.close();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		document.save(bytes);
		return bytes.toByteArray();
	}

	@Override
	public void close() throws IOException {
		try {
			document.close();
		}
		finally {
			fonts.close();
		}
	}

	private void write(PDFont font, float size, String text, float indent) {
		float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
		for (String line : wrap(font, size, text, width)) {
			ensure(size * 1.5f);
			show(font, size, MARGIN + indent, y - size, line);
			y -= size * 1.5f;
		}
	}

	private void ensure(float height) {
		if (y - height < MARGIN) {
			try {
				out.close();
				out = newPage();
			}
			catch (IOException exception) {
				throw new UncheckedIOException(exception);
			}
		}
	}

	private void show(PDFont font, float size, float x, float baseline, String text) {
		try {
			out.beginText();
			out.setFont(font, size);
			out.newLineAtOffset(x, baseline);
			out.showText(text);
			out.endText();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private PDPageContentStream newPage() throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		y = page.getMediaBox().getHeight() - MARGIN;
		return new PDPageContentStream(document, page);
	}

	static java.util.List<String> wrap(PDFont font, float size, String text, float width) {
		java.util.List<String> lines = new java.util.ArrayList<>();
		for (String paragraph : printable(font, text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			paragraph.codePoints().forEach(codePoint -> {
				String next = new String(Character.toChars(codePoint));
				if (width(font, size, line + next) > width && line.length() > 0
						&& NO_LINE_START.indexOf(codePoint) < 0) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(next);
			});
			lines.add(line.toString());
		}
		return lines;
	}

	private static float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000f * size;
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static String printable(PDFont font, String text) {
		StringBuilder result = new StringBuilder();
		text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').codePoints().forEach(codePoint -> {
			if (codePoint == '\n') {
				result.append('\n');
			}
			else if (!Character.isISOControl(codePoint)) {
				String character = new String(Character.toChars(codePoint));
				result.append(hasGlyph(font, character) ? character : "〓");
			}
		});
		return result.toString();
	}

	private static boolean hasGlyph(PDFont font, String character) {
		try {
			font.encode(character);
			return font.getStringWidth(character) > 0 || character.isBlank();
		}
		catch (IOException | IllegalArgumentException exception) {
			return false;
		}
	}
}
