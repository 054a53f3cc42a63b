package org.tsunagu.privacy.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tsunagu.privacy.DisclosureFile;

/**
 * Downloads of a disclosure: an attachment that no cache keeps.
 */
final class DisclosureResponses {

	private DisclosureResponses() {
	}

	static ResponseEntity<byte[]> attachment(DisclosureFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}
}
