package org.tsunagu.consultation.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Which files a case accepts: a few office and image types, by extension and declared type together, at
 * most {@value #MAX_BYTES} bytes. The stored type is the one derived from the extension, so a download never
 * serves a type the browser would run (HTML, SVG, scripts).
 */
final class CaseDocumentRules {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "png", "image/png", "jpg",
			"image/jpeg", "jpeg", "image/jpeg", "txt", "text/plain", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv", "text/csv");

	private CaseDocumentRules() {
	}

	/**
	 * The media type to store for the file.
	 *
	 * @throws IllegalArgumentException when the file is empty, too large or not of an allowed type
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
}
