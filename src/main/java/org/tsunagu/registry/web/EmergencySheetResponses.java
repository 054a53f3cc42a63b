package org.tsunagu.registry.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tsunagu.registry.EmergencySheet;

/**
 * A printed sheet as a download, the same for the page and the API.
 */
final class EmergencySheetResponses {

	private EmergencySheetResponses() {
	}

	static ResponseEntity<byte[]> attachment(EmergencySheet sheet) {
		// RFC 6266: an ASCII name for old clients, the Japanese name as filename* (RFC 5987) for the rest.
		String encoded = URLEncoder.encode(sheet.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"" + sheet.asciiFileName() + "\"; filename*=UTF-8''" + encoded)
			// Health data: no copy in shared caches or the browser's cache.
			.cacheControl(CacheControl.noStore())
			.body(sheet.content());
	}
}
