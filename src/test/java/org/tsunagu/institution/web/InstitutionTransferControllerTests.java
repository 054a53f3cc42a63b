package org.tsunagu.institution.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.tsunagu.testsupport.RecentlyAuthenticated.justNow;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.institution.ImportReport;
import org.tsunagu.institution.ImportReport.ImportProblem;
import org.tsunagu.institution.InstitutionTransfer;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(InstitutionTransferController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, InstitutionSheet.class })
@WithTsunaguUser(role = Role.CLERK)
class InstitutionTransferControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InstitutionTransfer transfer;

	@Test
	void exportsCsvWithAByteOrderMarkAndTheImportHeadings() throws Exception {
		byte[] body = mvc.perform(get("/institutions/export.csv").param("region", "松本").with(justNow()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF名称,フリガナ,分野,種別,事業所番号");
	}

	@Test
	void listsEveryProblemOfARefusedFile() throws Exception {
		given(transfer.importTable(any())).willReturn(new ImportReport(0, 0, 0,
				List.of(new ImportProblem(3, "種別", "institution.import.kind", "宇宙センター"))));

		mvc.perform(multipart("/institutions/import").file(file("名称,フリガナ,種別\na,あ,宇宙センター\n")).with(csrf()))
			.andExpect(view().name("institution/import"))
			.andExpect(content().string(Matchers.containsString("種別が正しくありません")))
			.andExpect(content().string(Matchers.containsString("宇宙センター")));
	}

	@Test
	void refusesAnUnreadableFileBeforeImporting() throws Exception {
		mvc.perform(multipart("/institutions/import").file(new MockMultipartFile("file", "a.xlsx", null, new byte[] { 1, 2 }))
			.with(csrf()))
			.andExpect(view().name("institution/import"))
			.andExpect(content().string(Matchers.containsString("ファイルを読めません")));
		verify(transfer, never()).importTable(any());
	}

	@Test
	@WithTsunaguUser(role = Role.PREFECTURE)
	void thePrefectureExportsButDoesNotImport() throws Exception {
		mvc.perform(get("/institutions/export.xlsx").with(justNow())).andExpect(status().isOk());
		mvc.perform(get("/institutions/import")).andExpect(status().isForbidden());
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "a.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}
}
