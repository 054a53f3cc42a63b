package org.tsunagu.consultation;

import java.time.Instant;
import java.util.UUID;

/**
 * A document attached to a case (without its bytes).
 *
 * @param id the document's id
 * @param fileName the name it was uploaded with
 * @param contentType its media type
 * @param size its size in bytes
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record CaseDocumentView(UUID id, String fileName, String contentType, long size, String uploadedBy,
		Instant uploadedAt) {
}
