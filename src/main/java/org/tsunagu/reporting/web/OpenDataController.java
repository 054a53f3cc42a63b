package org.tsunagu.reporting.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.reporting.DataProvision;
import org.tsunagu.shared.JapaneseDates;

/**
 * オープンデータ: the public page and CSV of suppressed counts per 圏域 — nothing else of the registry is
 * public. Under {@code /public/}, which the security configuration opens to everyone.
 */
@Controller
class OpenDataController {

	static final String CSV_NAME = "iryoteki-care-ji-kenikibetsu.csv";

	private final DataProvision provision;

	OpenDataController(DataProvision provision) {
		this.provision = provision;
	}

	@GetMapping("/public/open-data")
	String showOpenData(Model model) {
		model.addAttribute("dataset", provision.openData(JapaneseDates.today()));
		model.addAttribute("csvName", CSV_NAME);
		return "reporting/open-data";
	}

	@GetMapping("/public/open-data/" + CSV_NAME)
	ResponseEntity<byte[]> downloadOpenData() {
		return ReportController.file(provision.openDataCsv(JapaneseDates.today()),
				new MediaType("text", "csv", StandardCharsets.UTF_8), CSV_NAME);
	}
}
