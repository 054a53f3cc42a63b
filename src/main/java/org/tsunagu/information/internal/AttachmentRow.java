package org.tsunagu.information.internal;

import java.util.UUID;

import org.tsunagu.information.AttachmentInfo;

/** A file of some article, without its bytes. */
record AttachmentRow(UUID articleId, UUID id, String fileName, String contentType, long sizeBytes) {

	AttachmentInfo info() {
		return new AttachmentInfo(id, fileName, contentType, sizeBytes);
	}
}
