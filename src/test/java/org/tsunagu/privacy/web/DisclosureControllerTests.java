package org.tsunagu.privacy.web;

import static org.tsunagu.testsupport.RecentlyAuthenticated.justNow;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.privacy.AccessLogEntry;
import org.tsunagu.privacy.ChildDisclosure;
import org.tsunagu.privacy.Disclosure;
import org.tsunagu.privacy.DisclosureFile;
import org.tsunagu.shared.ChildDataRecord;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest({ DisclosureController.class, DisclosureApiController.class })
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.CENTER_DIRECTOR, username = "director")
class DisclosureControllerTests {

	static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	static final String URL = "/privacy/children/" + CHILD;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChildDisclosure disclosures;

	@Test
	void showsTheSectionsAndTheAccessLog() throws Exception {
		given(disclosures.disclose(CHILD)).willReturn(disclosure());

		mvc.perform(get(URL))
			.andExpect(status().isOk())
			.andExpect(view().name("privacy/disclosure"))
			.andExpect(content().string(containsString("見本 花子")))
			.andExpect(content().string(containsString("相談記録")))
			.andExpect(content().string(containsString("office-07")))
			.andExpect(content().string(containsString("閲覧")));
	}

	@Test
	void downloadsThePdfAsAnAttachmentNobodyCaches() throws Exception {
		given(disclosures.exportPdf(CHILD))
			.willReturn(new DisclosureFile("disclosure-" + CHILD + ".pdf", "application/pdf", new byte[] { 37 }));

		mvc.perform(get(URL + "/disclosure.pdf").with(justNow()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void asksForThePasswordAgainBeforeAnExport() throws Exception {
		mvc.perform(get(URL + "/disclosure.pdf"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/account/reauthenticate")));
		verify(disclosures, never()).exportPdf(any());
	}

	@Test
	void exportsJsonThroughTheApi() throws Exception {
		given(disclosures.exportJson(CHILD)).willReturn(new DisclosureFile("d.json", "application/json",
				"{\"format\":\"tsunagu-disclosure/1\"}".getBytes(StandardCharsets.UTF_8)));

		mvc.perform(get("/api/v1" + URL + "/disclosure").with(justNow()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tsunagu-disclosure/1")));
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void refusesEveryoneButTheDirector() throws Exception {
		mvc.perform(get(URL)).andExpect(status().isForbidden());
		mvc.perform(get(URL + "/disclosure.pdf")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1" + URL + "/disclosure")).andExpect(status().isForbidden());
		verify(disclosures, never()).exportPdf(any());
		verify(disclosures, never()).exportJson(any());
	}

	static Disclosure disclosure() {
		Instant at = Instant.parse("2026-12-01T01:00:00Z");
		return new Disclosure(CHILD, at, "director", List.of(
				new Disclosure.Section("child", "台帳の記録",
						List.of(ChildDataRecord.builder(CHILD, "見本 花子").field("生年月日", "2019年4月2日").build())),
				new Disclosure.Section("consultations", "相談記録", List.of())),
				List.of(new AccessLogEntry(at, "office-07", "READ", "EmergencyInfo", "purpose=救急搬送")));
	}
}
