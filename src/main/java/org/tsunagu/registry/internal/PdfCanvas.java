package org.tsunagu.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Drawing on one PDF page with text that fits: wrapping without spaces (Japanese has none), keeping closing
 * punctuation off the start of a line, and replacing characters the font cannot show instead of failing.
 */
final class PdfCanvas {

	/** Shown for a character the font has no glyph for, as Japanese typesetting does (下駄記号). */
	static final String MISSING_GLYPH = "〓";

	private static final String NO_LINE_START = "、。，．）」』】〕・ー…：；！？,.)";

	private final PDPageContentStream out;

	PdfCanvas(PDPageContentStream out) {
		this.out = out;
	}

	void text(PDFont font, float size, float x, float baseline, String text) {
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

	/** A rectangle from its top-left corner, filled with {@code grey} (1 = white) and outlined. */
	void box(float x, float top, float width, float height, float grey) {
		try {
			out.setNonStrokingColor(grey, grey, grey);
			out.addRect(x, top - height, width, height);
			out.fill();
			out.setNonStrokingColor(0f, 0f, 0f);
			out.setStrokingColor(0.35f, 0.35f, 0.35f);
			out.setLineWidth(0.6f);
			out.addRect(x, top - height, width, height);
			out.stroke();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	void line(float x1, float y1, float x2, float y2, float width, float red, float green, float blue) {
		try {
			out.setStrokingColor(red, green, blue);
			out.setLineWidth(width);
			out.moveTo(x1, y1);
			out.lineTo(x2, y2);
			out.stroke();
			out.setStrokingColor(0f, 0f, 0f);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	/** Lines of {@code text} no wider than {@code width}; {@code \n} starts a new line. */
	static List<String> wrap(PDFont font, float size, String text, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : printable(font, text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			paragraph.codePoints().forEach(codePoint -> {
				String next = new String(Character.toChars(codePoint));
				boolean fits = width(font, size, line + next) <= width;
				// Closing punctuation stays on its line (禁則処理), slightly past the edge if need be.
				if (!fits && line.length() > 0 && NO_LINE_START.indexOf(codePoint) < 0) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(next);
			});
			lines.add(line.toString());
		}
		return lines;
	}

	static float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000f * size;
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	/** The text with tabs as spaces, other control characters dropped and unknown glyphs marked. */
	static String printable(PDFont font, String text) {
		StringBuilder result = new StringBuilder();
		text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').codePoints().forEach(codePoint -> {
			if (codePoint == '\n') {
				result.append('\n');
			}
			else if (!Character.isISOControl(codePoint)) {
				String character = new String(Character.toChars(codePoint));
				result.append(hasGlyph(font, character) ? character : MISSING_GLYPH);
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
