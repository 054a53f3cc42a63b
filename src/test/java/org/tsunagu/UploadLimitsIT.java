package org.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.MultipartConfigElement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.TabularFile;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * Upload limits of the running application: the servlet container refuses requests over 10 MB before any
 * controller reads them, and the imports accept only CSV or Excel files of at most 5 MB, whatever type the
 * browser declares.
 */
@DatabaseTest
class UploadLimitsIT {

	static final long MEGABYTE = 1024L * 1024;

	@Autowired
	MockMvc mvc;

	@Autowired
	MultipartConfigElement multipart;

	@Test
	void theContainerRefusesFilesAndRequestsOverTenMegabytes() {
		assertThat(multipart.getMaxFileSize()).isEqualTo(10 * MEGABYTE);
		assertThat(multipart.getMaxRequestSize()).isEqualTo(10 * MEGABYTE);
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void institutionImportRefusesProgramsPagesAndOversizedFiles() throws Exception {
		assertEveryHostileFileRefused("/institutions/import", "institution.import.unreadable");
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void childImportRefusesProgramsPagesAndOversizedFiles() throws Exception {
		assertEveryHostileFileRefused("/admin/import/children", "registry.import.unreadable");
	}

	private void assertEveryHostileFileRefused(String path, String error) throws Exception {
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		byte[] big = new byte[TabularFile.MAX_BYTES + 1];
		Arrays.fill(big, (byte) 'a');
		List<MockMultipartFile> files = List.of(new MockMultipartFile("file", "tool.exe", "text/csv", program),
				new MockMultipartFile("file", "list.csv", "text/csv", program),
				new MockMultipartFile("file", "page.html", "text/csv", page),
				new MockMultipartFile("file", "big.csv", "text/csv", big));
		for (MockMultipartFile file : files) {
			mvc.perform(multipart(path).file(file).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(model().attribute("fileError", error));
		}
	}
}
