package org.tsunagu.council.internal;

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
 * Prints a 開催通知 as an A4 letter in the usual form of a Japanese official notice (date and sender at the
 * right, subject centred, 記 and the numbered items, 以上) with the bundled BIZ UDPゴシック embedded as a
 * subset. Text that does not fit the line is wrapped; characters the font lacks print as 〓.
 */
final class NoticePdf {

	private static final float MARGIN = 60f;

	private static final float SIZE = 11f;

	private static final float LEADING = 19f;

	private NoticePdf() {
	}

	static byte[] render(NoticeLetter letter) {
		try (PDDocument document = new PDDocument(); JapaneseFonts fonts = JapaneseFonts.borrow()) {
			PDFont regular = fonts.regular(document);
			PDFont bold = fonts.bold(document);
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			document.getDocumentInformation().setTitle(letter.title());
			document.getDocumentInformation().setCreator("Tsunagu");
			float width = page.getMediaBox().getWidth() - 2 * MARGIN;
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				Writer writer = new Writer(stream, regular, width, page.getMediaBox().getHeight() - MARGIN);
				writer.right(letter.date());
				writer.skip(1);
				writer.left(letter.addressee());
				writer.skip(1);
				writer.right(letter.sender());
				writer.skip(2);
				writer.centred(bold, 13f, letter.title());
				writer.skip(1);
				writer.wrapped("　このことについて、下記のとおり開催しますので、御出席くださいますようお願いします。", 0f);
				writer.wrapped("　なお、御都合により御出席いただけない場合は、代理の方の御出席をお願いします。", 0f);
				writer.skip(1);
				writer.centred(regular, SIZE, "記");
				writer.skip(1);
				writer.wrapped("１　日時　　" + letter.when(), 0f);
				writer.wrapped("２　場所　　" + letter.where(), 0f);
				writer.wrapped("３　議題", 0f);
				for (String item : letter.agenda()) {
					writer.wrapped(item, 2 * SIZE);
				}
				writer.wrapped("４　その他　出欠は事務局まで御連絡ください。", 0f);
				writer.skip(1);
				writer.right("以上");
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot print the notice", exception);
		}
	}

	/** Writes lines from the top down. */
	private static final class Writer {

		private final PDPageContentStream out;

		private final PDFont font;

		private final float width;

		private float baseline;

		Writer(PDPageContentStream out, PDFont font, float width, float top) {
			this.out = out;
			this.font = font;
			this.width = width;
			this.baseline = top - SIZE;
		}

		void skip(int lines) {
			baseline -= lines * LEADING;
		}

		void left(String text) {
			draw(font, SIZE, MARGIN, printable(font, text));
		}

		void right(String text) {
			String shown = printable(font, text);
			draw(font, SIZE, MARGIN + width - width(font, SIZE, shown), shown);
		}

		void centred(PDFont face, float size, String text) {
			String shown = printable(face, text);
			draw(face, size, MARGIN + (width - width(face, size, shown)) / 2, shown);
		}

		void wrapped(String text, float indent) {
			for (String line : wrap(printable(font, text), width - indent)) {
				draw(font, SIZE, MARGIN + indent, line);
			}
		}

		private void draw(PDFont face, float size, float x, String text) {
			try {
				out.beginText();
				out.setFont(face, size);
				out.newLineAtOffset(x, baseline);
				out.showText(text);
				out.endText();
			}
			catch (IOException exception) {
				throw new UncheckedIOException(exception);
			}
			baseline -= LEADING;
		}

		private List<String> wrap(String text, float available) {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			text.codePoints().forEach(codePoint -> {
				String next = new String(Character.toChars(codePoint));
				if (line.length() > 0 && width(font, SIZE, line + next) > available) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(next);
			});
			lines.add(line.toString());
			return lines;
		}
	}

	static float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000f * size;
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	/** Control characters dropped, characters without a glyph replaced by 〓 (下駄記号). */
	static String printable(PDFont font, String text) {
		StringBuilder result = new StringBuilder();
		text.replace('\t', ' ').codePoints().filter(c -> !Character.isISOControl(c)).forEach(codePoint -> {
			String character = new String(Character.toChars(codePoint));
			try {
				font.encode(character);
				result.append(character);
			}
			catch (IOException | IllegalArgumentException missing) {
				result.append('〓');
			}
		});
		return result.toString();
	}
}
