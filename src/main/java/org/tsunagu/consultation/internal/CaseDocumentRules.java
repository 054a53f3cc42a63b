package org.tsunagu.consultation.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Which files a case accepts: a few office and image types, by extension AND the file's first bytes, at most
 * {@value #MAX_BYTES} bytes. The type the browser declared is ignored: the stored type is the one derived from
 * the extension, so a download never serves a type the browser would run (HTML, SVG, scripts), and a renamed
 * program or HTML page is refused (the same rule as meeting materials and article attachments).
 */
final class CaseDocumentRules {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "png", "image/png", "jpg",
			"image/jpeg", "jpeg", "image/jpeg", "txt", "text/plain", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv", "text/csv");

	private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private CaseDocumentRules() {
	}

	/**
	 * The media type to store for the file.
	 *
	 * @throws IllegalArgumentException when the file is empty, too large, not of an allowed type or its content
	 * does not match its extension
	 */
	static String checkedType(String fileName, byte[] data) {
		if (data.length == 0) {
			throw new IllegalArgumentException("The document is empty");
		}
		if (data.length > MAX_BYTES) {
			throw new IllegalArgumentException("The document is larger than " + MAX_BYTES + " bytes");
		}
		int dot = fileName.lastIndexOf('.');
		String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		String type = TYPES.get(extension);
		if (type == null) {
			throw new IllegalArgumentException("Documents of type ." + extension + " are not accepted");
		}
		if (!matchesContent(extension, data)) {
			throw new IllegalArgumentException("The content is not a ." + extension + " file");
		}
		return type;
	}

	/** The file name without any path a browser may send, cut to 200 characters. */
	static String safeName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("The document needs a name");
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static boolean matchesContent(String extension, byte[] data) {
		return switch (extension) {
			case "pdf" -> startsWith(data, PDF);
			case "docx", "xlsx" -> startsWith(data, ZIP);
			case "png" -> startsWith(data, PNG);
			case "jpg", "jpeg" -> startsWith(data, JPEG);
			default -> isPlainText(data);
		};
	}

	private static boolean startsWith(byte[] data, byte[] magic) {
		return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
	}

	/** Text and CSV: no NUL bytes (a binary) and not markup a browser would render (leading '<'). */
	private static boolean isPlainText(byte[] data) {
		for (byte b : data) {
			if (b == 0) {
				return false;
			}
		}
		String start = new String(data, 0, Math.min(data.length, 64), StandardCharsets.UTF_8).stripLeading();
		return !start.startsWith("<") && !start.startsWith("\uFEFF<");
	}
}
