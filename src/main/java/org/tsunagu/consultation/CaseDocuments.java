package org.tsunagu.consultation;

import java.util.UUID;

/**
 * Documents attached to a case: PDF, images, Word/Excel and text only, at most 5 MB each. Uploads and
 * downloads are audited and scope-checked like the case itself.
 */
public interface CaseDocuments {

	/**
	 * Attaches a document.
	 *
	 * @throws IllegalArgumentException when the file is empty, too large or of a type not allowed
	 */
	UUID attach(UUID caseId, String fileName, String contentType, byte[] data);

	/** A document's bytes, for download. */
	CaseDocumentFile download(UUID caseId, UUID documentId);

	/**
	 * A downloaded document.
	 *
	 * @param fileName the name it was uploaded with
	 * @param contentType its (checked) media type
	 * @param data its bytes
	 */
	record CaseDocumentFile(String fileName, String contentType, byte[] data) {
	}
}
