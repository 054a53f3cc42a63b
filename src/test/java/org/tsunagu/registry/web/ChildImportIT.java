package org.tsunagu.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildRegistryIT;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * The survey-sheet import stores every row or none, and names each error by row and column.
 */
@DatabaseTest
@WithTsunaguUser(role = Role.ADMIN)
class ChildImportIT {

	private static final String HEADER = "氏,名,氏フリガナ,名フリガナ,生年月日,性別,市町村コード,保護者氏名,保護者続柄,保護者電話\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	ChildManagement children;

	@Test
	void importsNothingWhenOneRowIsWrongAndNamesEveryError() throws Exception {
		String csv = HEADER + "一括,一郎,いっかつ,いちろう,2018/4/5,男,202029,一括 花子,母,090-0000-0001\n"
				+ "一括,二郎,イッカツ,ジロウ,2018-13-40,男,999999,,,\n" + "一括,三郎,イッカツ,サブロウ,2018-06-01,不明,202011,,,\n";

		MvcResult result = mvc.perform(upload("survey.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("errors"))
			.andReturn();

		List<ImportError> errors = (List<ImportError>) result.getModelAndView().getModel().get("errors");
		assertThat(errors).extracting(ImportError::line, ImportError::column)
			.contains(org.assertj.core.groups.Tuple.tuple(3, "生年月日"), org.assertj.core.groups.Tuple.tuple(3, "市町村コード"),
					org.assertj.core.groups.Tuple.tuple(4, "性別"));
		assertThat(countOf("いっかつ")).as("all or nothing").isZero();
	}

	@Test
	void importsEveryRowOfAShiftJisFile() throws Exception {
		String csv = HEADER + "取込,花子,トリコミ,ハナコ,2019年5月1日,女,202029,取込 陽菜,母,090-0000-0002\n"
				+ "取込,太郎,ﾄﾘｺﾐ,ﾀﾛｳ,2015/12/24,男,202011,,,\n";

		mvc.perform(upload("survey.csv", csv.getBytes(java.nio.charset.Charset.forName("windows-31j"))))
			.andExpect(redirectedUrl("/admin/import/children"))
			.andExpect(flash().attribute("imported", 2));

		assertThat(countOf("とりこみ")).isEqualTo(2);
	}

	@Test
	void refusesAFileThatIsNotATable() throws Exception {
		mvc.perform(upload("photo.xlsx", new byte[] { 1, 2, 3 }))
			.andExpect(status().isOk())
			.andExpect(model().attribute("fileError", "registry.import.unreadable"));
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void onlyAdministratorsImport() throws Exception {
		mvc.perform(upload("survey.csv", HEADER.getBytes(StandardCharsets.UTF_8))).andExpect(status().isForbidden());
	}

	private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
			String name, byte[] content) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/admin/import/children")
			.file(new MockMultipartFile("file", name, "text/csv", content))
			.with(csrf());
	}

	private long countOf(String kana) {
		long[] count = new long[1];
		ChildRegistryIT.WithUser.run(Role.CONSULTANT, null, () -> count[0] = children
			.search(new ChildFilter(kana, null, null, null, null, null, null), Pageable.ofSize(10))
			.getTotalElements());
		return count[0];
	}
}
