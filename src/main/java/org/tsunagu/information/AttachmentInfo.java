package org.tsunagu.information;

import java.util.UUID;

/**
 * A file attached to an article.
 */
public record AttachmentInfo(UUID id, String fileName, String contentType, long sizeBytes) {

	/** The size for people: 1.2 MB, 35 KB. */
	public String displaySize() {
		if (sizeBytes >= 1024 * 1024) {
			return String.format("%.1f MB", sizeBytes / (1024.0 * 1024.0));
		}
		return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
	}
}
