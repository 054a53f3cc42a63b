package org.tsunagu.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * The Japanese font every PDF embeds (BIZ UDPGothic, OFL, kept in {@code src/main/resources/fonts}; never
 * downloaded). The font files are read from the application's resources once and kept (about 9 MB); each
 * document parses its own copy and embeds only the glyphs it uses, so documents made at the same time share
 * nothing mutable.
 */
public final class JapaneseFonts {

	static final String REGULAR = "fonts/BIZUDPGothic-Regular.ttf";

	static final String BOLD = "fonts/BIZUDPGothic-Bold.ttf";

	private JapaneseFonts() {
	}

	/** BIZ UDPGothic Regular, subset-embedded in {@code document}. */
	public static PDType0Font regular(PDDocument document) throws IOException {
		return PDType0Font.load(document, new ByteArrayInputStream(Files.REGULAR), true);
	}

	/** BIZ UDPGothic Bold, subset-embedded in {@code document}. */
	public static PDType0Font bold(PDDocument document) throws IOException {
		return PDType0Font.load(document, new ByteArrayInputStream(Files.BOLD), true);
	}

	/** Read on first use (class initialisation is thread-safe), not at start: most requests make no PDF. */
	private static final class Files {

		static final byte[] REGULAR = read(JapaneseFonts.REGULAR);

		static final byte[] BOLD = read(JapaneseFonts.BOLD);

		private static byte[] read(String path) {
			try (InputStream font = new ClassPathResource(path).getInputStream()) {
				return font.readAllBytes();
			}
			catch (IOException missing) {
				throw new UncheckedIOException("Font missing from the application's resources: " + path, missing);
			}
		}
	}
}
