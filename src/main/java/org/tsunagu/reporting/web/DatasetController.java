package org.tsunagu.reporting.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reporting.DataProvision;
import org.tsunagu.reporting.DatasetKind;
import org.tsunagu.reporting.DatasetLevel;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

/**
 * データ提供: suppressed datasets for the prefecture (preview, CSV, Excel) and the person-level export of the
 * センター長 behind a password re-entry.
 */
@Controller
@RequestMapping("/reports")
class DatasetController {

	private final DataProvision provision;

	private final ReferenceData reference;

	DatasetController(DataProvision provision, ReferenceData reference) {
		this.provision = provision;
		this.reference = reference;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "REPORTING");
	}

	@GetMapping("/datasets")
	String showDatasets(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(defaultValue = "REGION") DatasetLevel level,
			@RequestParam(defaultValue = "CARE_ITEMS") DatasetKind kind,
			@RequestParam(required = false) @Nullable String region, Model model) {
		LocalDate asOf = date == null ? JapaneseDates.today() : date;
		model.addAttribute("dataset", provision.dataset(asOf, level, kind, ReportFilter.region(region)));
		model.addAttribute("date", asOf);
		model.addAttribute("level", level);
		model.addAttribute("kind", kind);
		model.addAttribute("levels", DatasetLevel.values());
		model.addAttribute("kinds", DatasetKind.values());
		boolean ownRegionOnly = CurrentUsers.require().role().scopeKind() == ScopeKind.REGION;
		model.addAttribute("ownRegionOnly", ownRegionOnly);
		model.addAttribute("region", ReportFilter.region(region));
		model.addAttribute("regions", ownRegionOnly ? java.util.List.of() : reference.regions(false));
		model.addAttribute("mayExportPersons", CurrentUsers.require().role() == Role.CENTER_DIRECTOR);
		return "reporting/datasets";
	}

	@RecentAuthenticationRequired
	@GetMapping("/datasets/download")
	ResponseEntity<byte[]> downloadDataset(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam DatasetLevel level, @RequestParam DatasetKind kind,
			@RequestParam(required = false) @Nullable String region, @RequestParam(defaultValue = "csv") String format) {
		String name = "医療的ケア児等_" + level.name().toLowerCase() + "_" + kind.name().toLowerCase() + "_" + date;
		if ("xlsx".equals(format)) {
			return ReportController.file(provision.datasetWorkbook(date, level, kind, ReportFilter.region(region)),
					ReportController.XLSX, name + ".xlsx");
		}
		return ReportController.file(provision.datasetCsv(date, level, kind, ReportFilter.region(region)),
				new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), name + ".csv");
	}

	@PostMapping("/person-export")
	Object exportPersons(@RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
		try {
			byte[] file = provision.personLevelCsv(password);
			return ReportController.file(file, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
					"児童台帳_個人単位_" + JapaneseDates.today() + ".csv");
		}
		catch (DataProvision.BadPasswordException wrong) {
			redirect.addFlashAttribute("flashError", "reporting.person.wrongPassword");
			return "redirect:/reports/datasets";
		}
	}
}
