package org.tsunagu.reporting.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.reporting.DataProvision;
import org.tsunagu.reporting.Dataset;
import org.tsunagu.shared.JapaneseDates;

/**
 * オープンデータ: the public page and CSV of suppressed counts per 圏域 — nothing else of the registry is
 * public. Under {@code /public/} (and {@code /api/v1/public/}), which the security configuration opens to
 * everyone; listed in the public site's menu by {@link OpenDataMenu}.
 */
@Controller
class OpenDataController {

	static final String PATH = "/public/open-data";

	static final String CSV_NAME = "iryoteki-care-ji-kenikibetsu.csv";

	private final DataProvision provision;

	OpenDataController(DataProvision provision) {
		this.provision = provision;
	}

	@GetMapping("/public/open-data")
	String showOpenData(Model model) {
		model.addAttribute("dataset", provision.openData(JapaneseDates.today()));
		model.addAttribute("csvName", CSV_NAME);
		model.addAttribute("publicActive", PATH);
		return "reporting/open-data";
	}

	/** The same open data as JSON, for machines (no login, as the page). */
	@GetMapping("/api/v1/public/open-data")
	@org.springframework.web.bind.annotation.ResponseBody
	Dataset showOpenDataJson() {
		return provision.openData(JapaneseDates.today());
	}

	@GetMapping("/public/open-data/" + CSV_NAME)
	ResponseEntity<byte[]> downloadOpenData() {
		return ReportController.file(provision.openDataCsv(JapaneseDates.today()),
				new MediaType("text", "csv", StandardCharsets.UTF_8), CSV_NAME);
	}
}
