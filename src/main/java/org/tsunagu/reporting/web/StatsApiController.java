package org.tsunagu.reporting.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tsunagu.reporting.DataProvision;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.Dataset;
import org.tsunagu.reporting.DatasetKind;
import org.tsunagu.reporting.DatasetLevel;
import org.tsunagu.reporting.Reports;
import org.tsunagu.shared.JapaneseDates;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * 統計 API: the same figures as the dashboard and the data provision screen, as JSON. The role (統計・報告
 * area) and the 圏域 are checked by the services, as for the screens.
 */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "統計・報告", description = "ダッシュボードの集計とデータ提供（秘匿処理済み）")
class StatsApiController {

	private final Reports reports;

	private final DataProvision provision;

	StatsApiController(Reports reports, DataProvision provision) {
		this.reports = reports;
		this.provision = provision;
	}

	@GetMapping("/dashboard")
	@Operation(summary = "年度・圏域の集計（ダッシュボードと同じ表）")
	Dashboard showDashboard(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String region) {
		return reports.dashboard(ReportFilter.year(year, JapaneseDates.today()), ReportFilter.region(region));
	}

	@GetMapping("/datasets")
	@Operation(summary = "基準日の圏域・市町村別データ（1〜4人は <5、逆算できる区分は x）")
	Dataset showDataset(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(defaultValue = "REGION") DatasetLevel level,
			@RequestParam(defaultValue = "CARE_ITEMS") DatasetKind kind,
			@RequestParam(required = false) @Nullable String region) {
		return provision.dataset(date == null ? JapaneseDates.today() : date, level, kind, ReportFilter.region(region));
	}
}
