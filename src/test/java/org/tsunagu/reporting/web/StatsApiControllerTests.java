package org.tsunagu.reporting.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reporting.DataProvision;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.Dataset;
import org.tsunagu.reporting.DatasetKind;
import org.tsunagu.reporting.DatasetLevel;
import org.tsunagu.reporting.FiscalYear;
import org.tsunagu.reporting.ReportSectionView;
import org.tsunagu.reporting.Reports;
import org.tsunagu.reporting.StatRow;
import org.tsunagu.reporting.StatTable;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(StatsApiController.class)
@Import(SecurityConfiguration.class)
@WithTsunaguUser(role = Role.PREFECTURE)
class StatsApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Reports reports;

	@MockitoBean
	DataProvision provision;

	@Test
	void answersTheDashboardTablesOfTheYearAsJson() throws Exception {
		StatTable table = new StatTable("children-by-region", "圏域別の児童数", "圏域", List.of("件数・人数"),
				List.of(StatRow.of("松本", "松本", 12)), "bar", true, null);
		given(reports.dashboard(new FiscalYear(2025), null)).willReturn(new Dashboard(new FiscalYear(2025), null,
				LocalDate.of(2026, 3, 31), List.of(new ReportSectionView("children", "エ", "情報の収集", List.of(table)))));

		mvc.perform(get("/api/v1/stats/dashboard").param("year", "2025"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.year.startYear").value(2025))
			.andExpect(jsonPath("$.referenceDay").value("2026-03-31"))
			.andExpect(jsonPath("$.sections[0].tables[0].rows[0].key").value("松本"))
			.andExpect(jsonPath("$.sections[0].tables[0].rows[0].values[0]").value(12));
	}

	@Test
	void answersASuppressedDataset() throws Exception {
		given(provision.dataset(eq(LocalDate.of(2026, 3, 31)), eq(DatasetLevel.REGION), eq(DatasetKind.CARE_ITEMS), isNull()))
			.willReturn(new Dataset("試験", LocalDate.of(2026, 3, 31), List.of("圏域名", "人工呼吸器の管理（人）"),
					List.of(List.of("木曽", "<5")), List.of("<5: 1〜4人")));

		mvc.perform(get("/api/v1/stats/datasets").param("date", "2026-03-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0][1]").value("<5"));
	}

	@Test
	void refusesAYearWithoutFiguresAndAnswers403WhenTheServiceRefuses() throws Exception {
		mvc.perform(get("/api/v1/stats/dashboard").param("year", "1999")).andExpect(status().isBadRequest());

		given(reports.dashboard(any(), eq("木曽"))).willThrow(new AccessDeniedException("other region"));
		mvc.perform(get("/api/v1/stats/dashboard").param("region", "木曽")).andExpect(status().isForbidden());
	}
}
