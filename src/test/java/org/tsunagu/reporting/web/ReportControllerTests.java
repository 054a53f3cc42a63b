package org.tsunagu.reporting.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.FiscalYear;
import org.tsunagu.reporting.Reports;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ReportController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
class ReportControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Reports reports;

	@MockitoBean
	ReferenceData reference;

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void showsTheDashboardOfTheYearAskedFor() throws Exception {
		given(reports.dashboard(new FiscalYear(2024), null))
			.willReturn(new Dashboard(new FiscalYear(2024), null, LocalDate.of(2025, 3, 31), List.of()));

		mvc.perform(get("/reports").param("year", "2024")).andExpect(status().isOk()).andExpect(view().name("reporting/dashboard"));
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void refusesAYearBeforeTheCenterOpened() throws Exception {
		mvc.perform(get("/reports").param("year", "2019")).andExpect(status().isBadRequest());
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void sendsTheAnnualReportAsAnExcelAttachment() throws Exception {
		given(reports.annualWorkbook(any(), isNull())).willReturn(new byte[] { 1, 2 });

		mvc.perform(get("/reports/annual.xlsx").param("year", "2025"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")));
	}

	@Test
	@WithTsunaguUser(role = Role.INSTITUTION)
	void isNotOpenToInstitutionUsers() throws Exception {
		mvc.perform(get("/reports")).andExpect(status().isForbidden());
	}
}
