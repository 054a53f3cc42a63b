package org.tsunagu.council.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.tsunagu.council.InvalidMaterialException;

/**
 * Which files may be uploaded as meeting materials: PDF, Word, Excel, PowerPoint, plain text/CSV and
 * images, up to a size limit. The type is decided from the extension AND checked against the file's first
 * bytes, so a renamed program or HTML page is refused; the stored media type is ours, not the browser's.
 */
final class MaterialType {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pptx",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "txt",
			"text/plain; charset=UTF-8", "csv", "text/csv; charset=UTF-8", "png", "image/png", "jpg", "image/jpeg",
			"jpeg", "image/jpeg");

	private MaterialType() {
	}

	/** A file that passed the checks, with the media type we serve it as. */
	record Checked(String fileName, String contentType, long size) {
	}

	/** Checks name, size and first bytes. @throws InvalidMaterialException naming what is wrong */
	static Checked check(String originalName, byte[] content) {
		String fileName = safeName(originalName);
		if (content.length == 0) {
			throw new InvalidMaterialException("council.material.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidMaterialException("council.material.tooLarge");
		}
		String extension = fileName.contains(".")
				? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		String type = TYPES.get(extension);
		if (type == null || !matchesContent(extension, content)) {
			throw new InvalidMaterialException("council.material.type");
		}
		return new Checked(fileName, type, content.length);
	}

	/** The last path segment without control characters, quotes or separators, at most 200 characters. */
	static String safeName(String name) {
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		StringBuilder safe = new StringBuilder();
		base.codePoints()
			.filter(c -> !Character.isISOControl(c) && c != '"' && c != ';')
			.forEach(safe::appendCodePoint);
		String result = safe.toString().strip();
		if (result.isEmpty() || result.startsWith(".")) {
			throw new InvalidMaterialException("council.material.type");
		}
		return result.length() > 200 ? result.substring(result.length() - 200) : result;
	}

	private static boolean matchesContent(String extension, byte[] content) {
		return switch (extension) {
			case "pdf" -> startsWith(content, PDF);
			case "docx", "xlsx", "pptx" -> startsWith(content, ZIP);
			case "png" -> startsWith(content, PNG);
			case "jpg", "jpeg" -> startsWith(content, JPEG);
			default -> isText(content);
		};
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	/** Text files must not be markup a browser would run: no NUL bytes, no leading '<'. */
	private static boolean isText(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return false;
			}
		}
		String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8).stripLeading();
		return !start.startsWith("<") && !start.startsWith("\uFEFF<");
	}
}
