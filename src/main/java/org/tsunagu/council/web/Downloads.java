package org.tsunagu.council.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tsunagu.council.Download;

/**
 * A council file as a download, the same for pages and API: always an attachment (never shown inline, so
 * an uploaded file cannot run as a page of ours), with nosniff so the browser keeps our media type.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> attachment(Download file) {
		// RFC 6266: an ASCII name for old clients, the Japanese name as filename* (RFC 5987) for the rest.
		String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + file.asciiFileName() + "\"; filename*=UTF-8''" + encoded)
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(file.content());
	}
}
