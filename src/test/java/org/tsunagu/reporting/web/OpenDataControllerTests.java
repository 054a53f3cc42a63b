package org.tsunagu.reporting.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.reporting.DataProvision;
import org.tsunagu.reporting.Dataset;
import org.tsunagu.shared.JapaneseDates;

@WebMvcTest(OpenDataController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, OpenDataMenu.class })
class OpenDataControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DataProvision provision;

	@BeforeEach
	void openData() {
		Dataset dataset = new Dataset("医療的ケア児等の圏域別・医療的ケアの項目別人数", LocalDate.of(2026, 3, 31),
				List.of("全国地方公共団体コード", "圏域名", "基準日", "人工呼吸器の管理（人）"),
				List.of(List.of("200000", "木曽", "2026-03-31", "<5"), List.of("200000", "合計", "2026-03-31", "12")),
				List.of("<5: 1〜4人"));
		given(provision.openData(any())).willReturn(dataset);
		given(provision.openDataCsv(any())).willReturn("\uFEFF全国地方公共団体コード\r\n".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void showsTheSuppressedTableWithoutLoginInThePublicMenu() throws Exception {
		mvc.perform(get("/public/open-data"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;5")))
			.andExpect(content().string(containsString("href=\"/public/open-data\" aria-current=\"page\"")));
	}

	@Test
	void servesTheCsvAndTheJsonWithoutLogin() throws Exception {
		mvc.perform(get("/public/open-data/" + OpenDataController.CSV_NAME))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")));
		mvc.perform(get("/api/v1/public/open-data")).andExpect(status().isOk()).andExpect(jsonPath("$.rows[0][3]").value("<5"));
	}
}
