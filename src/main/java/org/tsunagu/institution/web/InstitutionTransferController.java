package org.tsunagu.institution.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.institution.ImportReport;
import org.tsunagu.institution.InstitutionColumns;
import org.tsunagu.institution.InstitutionTransfer;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.TabularFile;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 関係機関の一括登録と出力: export of the finder's current list as CSV or Excel, and import of a CSV or Excel
 * file in the same columns, all or nothing, with every problem listed by line and column. Exports are written
 * to the response while they are read (the service checks the user and audits the export before the first row).
 */
@Controller
@RequestMapping("/institutions")
class InstitutionTransferController {

	private static final String VIEW = "institution/import";

	private final InstitutionTransfer transfer;

	private final InstitutionSheet sheet;

	InstitutionTransferController(InstitutionTransfer transfer, InstitutionSheet sheet) {
		this.transfer = transfer;
		this.sheet = sheet;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "INSTITUTION");
		model.addAttribute("columns", InstitutionColumns.all());
		model.addAttribute("required", InstitutionColumns.REQUIRED);
	}

	@RecentAuthenticationRequired
	@GetMapping("/export.csv")
	void exportCsv(InstitutionFilterForm filter, HttpServletResponse response) throws IOException {
		prepare(response, "text/csv;charset=UTF-8", "csv");
		sheet.writeCsv(row -> transfer.export(filter.toFilter(), row), response.getOutputStream());
	}

	@RecentAuthenticationRequired
	@GetMapping("/export.xlsx")
	void exportExcel(InstitutionFilterForm filter, HttpServletResponse response) throws IOException {
		prepare(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
		sheet.writeExcel(row -> transfer.export(filter.toFilter(), row), response.getOutputStream());
	}

	@GetMapping("/import")
	String initImportForm() {
		checkMayEdit();
		return VIEW;
	}

	@PostMapping("/import")
	String processImportForm(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		checkMayEdit();
		TabularFile table;
		try {
			table = TabularFile.read(String.valueOf(file.getOriginalFilename()), file.getBytes());
		}
		catch (IllegalArgumentException unreadable) {
			model.addAttribute("fileError", "institution.import.unreadable");
			return VIEW;
		}
		ImportReport report = transfer.importTable(table);
		if (!report.stored()) {
			model.addAttribute("problems", report.problems());
			model.addAttribute("rowCount", table.rows().size());
			return VIEW;
		}
		redirect.addFlashAttribute("report", report);
		redirect.addFlashAttribute("flash", "institution.import.done");
		return "redirect:/institutions/import";
	}

	private static void checkMayEdit() {
		if (!InstitutionChoices.mayEdit()) {
			throw new AccessDeniedException("May not import institutions");
		}
	}

	private static void prepare(HttpServletResponse response, String contentType, String extension) {
		response.setContentType(contentType);
		String name = "関係機関_" + JapaneseDates.today().format(DateTimeFormatter.BASIC_ISO_DATE) + "." + extension;
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}
}
