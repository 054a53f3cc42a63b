package org.tsunagu.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * The Japanese font every PDF embeds (BIZ UDPGothic, OFL, kept in {@code src/main/resources/fonts}; never
 * downloaded), lent to one document at a time:
 *
 * <pre>
 * try (PDDocument document = new PDDocument(); JapaneseFonts fonts = JapaneseFonts.borrow()) {
 *     PDType0Font regular = fonts.regular(document);
 *     ...
 *     document.save(out);
 * }
 * </pre>
 *
 * Each document embeds only the glyphs it uses. Parsing the two 9 MB font files was half the CPU time of an
 * emergency sheet (bench/RESULTS.md, 2026-12-02 morning), so parsed fonts are kept and reused. PDFBox's
 * {@link TrueTypeFont} is not thread-safe and the subset is written when the document is saved, so a borrowed pair
 * belongs to one document until {@link #close()} (after the save); a few pairs wait for the next documents and
 * any beyond that are left to the garbage collector.
 */
public final class JapaneseFonts implements AutoCloseable {

	static final String REGULAR = "fonts/BIZUDPGothic-Regular.ttf";

	static final String BOLD = "fonts/BIZUDPGothic-Bold.ttf";

	/** Parsed pairs kept between documents: about as many as documents are made at once on this machine. */
	static final int KEPT = Math.max(2, Runtime.getRuntime().availableProcessors());

	private static final BlockingQueue<Faces> IDLE = new ArrayBlockingQueue<>(KEPT);

	private final Faces faces;

	private boolean returned;

	private JapaneseFonts(Faces faces) {
		this.faces = faces;
	}

	/** A parsed pair of faces for one document: an idle one, or a new one when every kept pair is in use. */
	public static JapaneseFonts borrow() {
		Faces idle = IDLE.poll();
		return new JapaneseFonts(idle != null ? idle : Faces.parse());
	}

	/** BIZ UDPGothic Regular, subset-embedded in {@code document}. */
	public PDType0Font regular(PDDocument document) throws IOException {
		return PDType0Font.load(document, faces.regular, true);
	}

	/** BIZ UDPGothic Bold, subset-embedded in {@code document}. */
	public PDType0Font bold(PDDocument document) throws IOException {
		return PDType0Font.load(document, faces.bold, true);
	}

	/** Gives the faces back for another document; call it after the document is saved (or abandoned). */
	@Override
	public void close() {
		if (!returned) {
			returned = true;
			IDLE.offer(faces);
		}
	}

	/** How many parsed pairs wait for a document (for tests). */
	static int idle() {
		return IDLE.size();
	}

	/** The two faces parsed from the font files, which are read from the resources once (about 9 MB) and shared. */
	private record Faces(TrueTypeFont regular, TrueTypeFont bold) {

		static Faces parse() {
			try {
				return new Faces(parse(Files.REGULAR), parse(Files.BOLD));
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException("The bundled Japanese font cannot be parsed", unreadable);
			}
		}

		private static TrueTypeFont parse(byte[] file) throws IOException {
			// The buffer wraps the array without copying it; each parse reads through its own buffer.
			return new TTFParser().parse(new RandomAccessReadBuffer(file));
		}
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
