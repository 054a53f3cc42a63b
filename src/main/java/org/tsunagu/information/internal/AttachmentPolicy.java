package org.tsunagu.information.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.tsunagu.information.InvalidArticleException;

/**
 * Which files may be attached: a few document and image types, recognised by their name AND their first
 * bytes, up to a size limit. The stored type comes from this list, never from the uploader, so a download is
 * never served as HTML or script.
 */
final class AttachmentPolicy {

	/** Five megabytes: leaflets and forms, not videos. */
	static final long MAX_BYTES = 5L * 1024 * 1024;

	private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private record Type(String contentType, byte[] magic) {
	}

	private static final Map<String, Type> TYPES = Map.of(
			"pdf", new Type("application/pdf", PDF),
			"docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
			"xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
			"pptx", new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP),
			"png", new Type("image/png", PNG),
			"jpg", new Type("image/jpeg", JPEG),
			"jpeg", new Type("image/jpeg", JPEG),
			"txt", new Type("text/plain;charset=UTF-8", new byte[0]),
			"csv", new Type("text/csv;charset=UTF-8", new byte[0]));

	private AttachmentPolicy() {
	}

	/**
	 * The content type to store the file as.
	 *
	 * @throws InvalidArticleException when the file is empty, too large or not of an allowed type
	 */
	static String contentTypeOf(String fileName, byte[] data) {
		if (data.length == 0) {
			throw new InvalidArticleException("file", "information.attachment.empty");
		}
		if (data.length > MAX_BYTES) {
			throw new InvalidArticleException("file", "information.attachment.tooLarge");
		}
		int dot = fileName.lastIndexOf('.');
		String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		Type type = TYPES.get(extension);
		if (type == null || !startsWith(data, type.magic())) {
			throw new InvalidArticleException("file", "information.attachment.type");
		}
		return type.contentType();
	}

	/** The name without folders or control characters, at most 200 characters. */
	static String cleanName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			throw new InvalidArticleException("file", "information.attachment.type");
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static boolean startsWith(byte[] data, byte[] magic) {
		return data.length >= magic.length && Arrays.equals(Arrays.copyOf(data, magic.length), magic);
	}
}
