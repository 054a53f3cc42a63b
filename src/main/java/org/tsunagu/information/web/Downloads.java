package org.tsunagu.information.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tsunagu.information.AttachmentFile;

import java.nio.charset.StandardCharsets;

/**
 * A file as a download: always {@code attachment} (never shown inline, so a file can run no script in our
 * origin), the stored type from the allow-list, the Japanese name as RFC 5987, no sniffing.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> attachment(AttachmentFile file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.data());
	}
}
