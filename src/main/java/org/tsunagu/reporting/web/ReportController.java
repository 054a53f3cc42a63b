package org.tsunagu.reporting.web;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.FiscalYear;
import org.tsunagu.reporting.Reports;
import org.tsunagu.shared.JapaneseDates;

/**
 * 統計・報告: the dashboard by 年度 and 圏域, and the annual report as Excel and PDF.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Reports reports;

	private final ReferenceData reference;

	ReportController(Reports reports, ReferenceData reference) {
		this.reports = reports;
		this.reference = reference;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "REPORTING");
	}

	@GetMapping
	String showDashboard(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String region, Model model) {
		FiscalYear fiscalYear = ReportFilter.year(year, JapaneseDates.today());
		Dashboard dashboard = reports.dashboard(fiscalYear, ReportFilter.region(region));
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("years", ReportFilter.years(JapaneseDates.today()));
		boolean ownRegionOnly = CurrentUsers.require().role().scopeKind() == ScopeKind.REGION;
		model.addAttribute("ownRegionOnly", ownRegionOnly);
		model.addAttribute("regions", ownRegionOnly ? java.util.List.of() : reference.regions(false));
		return "reporting/dashboard";
	}

	@GetMapping("/annual.xlsx")
	ResponseEntity<byte[]> downloadWorkbook(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String region) {
		FiscalYear fiscalYear = ReportFilter.year(year, JapaneseDates.today());
		return file(reports.annualWorkbook(fiscalYear, ReportFilter.region(region)), XLSX,
				"事業実績報告_" + fiscalYear.startYear() + "年度.xlsx");
	}

	@GetMapping("/annual.pdf")
	ResponseEntity<byte[]> downloadPdf(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String region) {
		FiscalYear fiscalYear = ReportFilter.year(year, JapaneseDates.today());
		return file(reports.annualPdf(fiscalYear, ReportFilter.region(region)), MediaType.APPLICATION_PDF,
				"事業実績報告_" + fiscalYear.startYear() + "年度.pdf");
	}

	static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}
}
