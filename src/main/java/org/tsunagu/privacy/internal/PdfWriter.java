package org.tsunagu.privacy.internal;

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
import org.tsunagu.shared.JapaneseFonts;

/**
 * Flowing text over as many A4 pages as needed, in the bundled BIZ UDPゴシック (embedded as a subset): lines
 * wrap by width without needing spaces (Japanese has none), a new page starts when one is full, and a
 * character the font lacks is printed as 〓 instead of failing.
 */
final class PdfWriter implements AutoCloseable {

	private static final float MARGIN = 42f;

	private static final String MISSING_GLYPH = "〓";

	private final PDDocument document = new PDDocument();

	private final JapaneseFonts fonts = JapaneseFonts.borrow();

	private final PDFont regular;

	private final PDFont bold;

	private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private PDPageContentStream out;

	private float y;

	private int pages;

	PdfWriter(String title) {
		regular = load(false);
		bold = load(true);
		document.getDocumentInformation().setTitle(title);
		document.getDocumentInformation().setCreator("Tsunagu");
		out = newPage();
	}

	/** A heading in bold, kept on the page with at least a few lines after it. */
	void heading(String text, float size) {
		if (y - size * 4 < MARGIN) {
			out = newPage();
		}
		y -= size * 0.6f;
		paragraph(bold, size, text, 0);
	}

	/** Regular text, wrapped; {@code indent} in points. */
	void text(String text, float size, float indent) {
		paragraph(regular, size, text, indent);
	}

	void space(float points) {
		y -= points;
	}

	byte[] finish() {
		try {
			out.close();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	@Override
	public void close() {
		try {
			document.close();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		finally {
			fonts.close();
		}
	}

	private void paragraph(PDFont font, float size, String text, float indent) {
		for (String source : text.split("\\R", -1)) {
			for (String line : wrap(font, size, printable(font, source), width - indent)) {
				if (y - size * 1.5f < MARGIN) {
					out = newPage();
				}
				y -= size * 1.5f;
				write(font, size, MARGIN + indent, y, line);
			}
		}
	}

	private List<String> wrap(PDFont font, float size, String text, float available) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			String next = new String(Character.toChars(text.codePointAt(i)));
			if (line.length() > 0 && width(font, size, line + next) > available) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(next);
		}
		lines.add(line.toString());
		return lines;
	}

	private static String printable(PDFont font, String text) {
		StringBuilder printable = new StringBuilder();
		text.replace('\t', ' ').codePoints().forEach(codePoint -> {
			String character = new String(Character.toChars(codePoint));
			printable.append(Character.isISOControl(codePoint) || !hasGlyph(font, character) ? MISSING_GLYPH : character);
		});
		return printable.toString();
	}

	private static boolean hasGlyph(PDFont font, String character) {
		try {
			font.encode(character);
			return true;
		}
		catch (IOException | IllegalArgumentException exception) {
			return false;
		}
	}

	private static float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000f * size;
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private void write(PDFont font, float size, float x, float baseline, String text) {
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

	private PDPageContentStream newPage() {
		try {
			if (out != null) {
				out.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			pages++;
			PDPageContentStream stream = new PDPageContentStream(document, page);
			out = stream;
			write(regular, 8f, MARGIN, MARGIN / 2, "― " + pages + " ―");
			y = PDRectangle.A4.getHeight() - MARGIN;
			return stream;
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private PDFont load(boolean boldFont) {
		try {
			return boldFont ? fonts.bold(document) : fonts.regular(document);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}
}
