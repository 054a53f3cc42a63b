package org.tsunagu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * Bad uploads and search input through the web, on a real database (H2 and PostgreSQL): random bytes, a
 * file in an unexpected encoding, a zip bomb disguised as a workbook, a file over the limit and 10,000 rows
 * with errors in some of them are answered with a page (never a 500) and change nothing.
 */
@DatabaseTest
class BadInputIT {

	static final String CHILD_HEADER = "氏,名,氏フリガナ,名フリガナ,生年月日,性別,市町村コード\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void randomAndMalformedUploadsChangeNoChildAndNoInstitution() throws Exception {
		Random random = new Random(20261203);
		List<MockMultipartFile> files = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			byte[] noise = new byte[random.nextInt(4000) + 1];
			random.nextBytes(noise);
			files.add(file(i % 2 == 0 ? "noise.csv" : "noise.xlsx", noise));
		}
		files.add(file("bomb.xlsx", zipBomb()));
		files.add(file("big.csv", new byte[6 * 1024 * 1024]));
		files.add(file("utf16.csv", (CHILD_HEADER + "見本,花子,ミホン,ハナコ,2019-05-01,女,202029\r\n")
			.getBytes(StandardCharsets.UTF_16)));
		files.add(file("quote.csv", (CHILD_HEADER + "\"見本,花子\r\n").getBytes(Charset.forName("windows-31j"))));

		long children = count("registry_children");
		long institutions = count("institution_institutions");
		for (MockMultipartFile file : files) {
			mvc.perform(multipart("/admin/import/children").file(file).with(csrf()).with(authentication(as(Role.ADMIN))))
				.andExpect(status().isOk());
			mvc.perform(multipart("/institutions/import").file(file).with(csrf()).with(authentication(as(Role.CLERK))))
				.andExpect(status().isOk());
		}

		assertThat(count("registry_children")).isEqualTo(children);
		assertThat(count("institution_institutions")).isEqualTo(institutions);
	}

	@Test
	void tenThousandRowsWithSomeErrorsListTheErrorsAndStoreNone() throws Exception {
		String marker = "大量" + UUID.randomUUID().toString().substring(0, 6);
		StringBuilder csv = new StringBuilder(CHILD_HEADER);
		for (int row = 0; row < 10_000; row++) {
			String birth = row % 997 == 0 ? "2019-13-45" : "2019-05-01";
			String municipality = row % 1009 == 0 ? "999999" : "202029";
			csv.append(marker).append(",花子,ミホン,ハナコ,").append(birth).append(",女,").append(municipality).append("\r\n");
		}

		String page = mvc
			.perform(multipart("/admin/import/children")
				.file(file("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(authentication(as(Role.ADMIN))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("class=\"error-summary\"");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registry_children WHERE family_name = ?", Long.class,
				marker)).isZero();
	}

	@Test
	void anyTypedSearchIsAnsweredWithAPage() throws Exception {
		Random random = new Random(42);
		List<String> queries = new ArrayList<>(List.of("*", "?", "\\", "\"", "気管 AND", "（架空）～ ☆", "a".repeat(2000),
				"\u0000", "𠮷野家 ｶﾞ", "いろう OR 1=1; --"));
		for (int i = 0; i < 5; i++) {
			queries.add(random.ints(30, 0x20, 0x3100).collect(StringBuilder::new, StringBuilder::appendCodePoint,
					StringBuilder::append).toString());
		}
		for (String query : queries) {
			mvc.perform(get("/consultations/search").param("q", query).with(authentication(as(Role.CONSULTANT))))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(200, 400));
		}
	}

	private long count(String table) {
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		return count == null ? 0 : count;
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	/** A workbook-shaped zip whose sheet inflates about 1000-fold. */
	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(new byte[4 * 1024 * 1024]);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static Authentication as(Role role) {
		String username = "it-bad-input-" + role.name().toLowerCase();
		CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)), username,
				"試験 " + role.name(), role, null, null);
		TsunaguPrincipal principal = new TsunaguPrincipal(user, null, true, false);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}
}
