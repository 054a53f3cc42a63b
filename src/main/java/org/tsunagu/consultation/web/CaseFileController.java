package org.tsunagu.consultation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.CaseDocuments;
import org.tsunagu.consultation.CaseExports;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

/**
 * Files of cases: documents uploaded and downloaded (always as attachments, never shown inline), the case
 * summary PDF and the Excel list of the filtered cases.
 */
@Controller
class CaseFileController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CaseDocuments documents;

	private final CaseExports exports;

	CaseFileController(CaseDocuments documents, CaseExports exports) {
		this.documents = documents;
		this.exports = exports;
	}

	@PostMapping("/consultations/cases/{id}/documents")
	String processUpload(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			documents.attach(id, name, String.valueOf(file.getContentType()), file.getBytes());
			redirect.addFlashAttribute("flash", "consultation.case.document.added");
		}
		catch (IllegalArgumentException refused) {
			redirect.addFlashAttribute("flashError", "consultation.case.document.refused");
		}
		return "redirect:/consultations/cases/" + id + "#documents";
	}

	@GetMapping("/consultations/cases/{id}/documents/{documentId}")
	ResponseEntity<byte[]> downloadDocument(@PathVariable UUID id, @PathVariable UUID documentId) {
		CaseDocuments.CaseDocumentFile file = documents.download(id, documentId);
		return attachment(file.data(), MediaType.parseMediaType(file.contentType()), file.fileName());
	}

	@RecentAuthenticationRequired
	@GetMapping("/consultations/cases/{id}/summary.pdf")
	ResponseEntity<byte[]> downloadSummary(@PathVariable UUID id) {
		return attachment(exports.summaryPdf(id), MediaType.APPLICATION_PDF,
				"相談ケース概要_" + JapaneseDates.today() + ".pdf");
	}

	@RecentAuthenticationRequired
	@GetMapping("/consultations/cases/export.xlsx")
	ResponseEntity<byte[]> downloadList(@ModelAttribute("filter") CaseFilterForm filter) {
		return attachment(exports.spreadsheet(filter.toFilter(CurrentUsers.require().id())), XLSX,
				"相談ケース一覧_" + JapaneseDates.today() + ".xlsx");
	}

	static ResponseEntity<byte[]> attachment(byte[] data, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(data);
	}
}
