package org.tsunagu.registry.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.tsunagu.testsupport.RecentlyAuthenticated.justNow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.EmergencyInfoInput;
import org.tsunagu.registry.EmergencyInfoManagement;
import org.tsunagu.registry.EmergencyInfoView;
import org.tsunagu.registry.EmergencySheet;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest({ EmergencyController.class, EmergencySheetApiController.class })
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.NURSE)
class EmergencyControllerTests {

	static final String URL = "/children/" + RegistryWebFixtures.CHILD_ID;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChildManagement children;

	@MockitoBean
	EmergencyInfoManagement emergency;

	@BeforeEach
	void setUp() {
		given(children.get(RegistryWebFixtures.CHILD_ID)).willReturn(RegistryWebFixtures.child());
		given(emergency.emergencyInfo(RegistryWebFixtures.CHILD_ID)).willReturn(new EmergencyInfoView(
				RegistryWebFixtures.CHILD_ID, 4, new EmergencyInfoInput("架空薬 1包", "卵", "95〜98%", null, null, null,
						null, "坐剤を挿肛", null, null),
				2, null, null));
		given(emergency.printSheet(RegistryWebFixtures.CHILD_ID)).willReturn(
				new EmergencySheet(new byte[] { '%', 'P', 'D', 'F' }, 3, "緊急時情報シート_見本花子_第3版.pdf",
						"emergency-sheet-v3.pdf"));
	}

	@Test
	void showsTheEmergencyInformationWithTheSheetLink() throws Exception {
		mvc.perform(get(URL + "/emergency"))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/emergency"))
			.andExpect(model().attribute("activeNav", "REGISTRY"))
			.andExpect(content().string(containsString("95〜98%")))
			.andExpect(content().string(containsString("第2版")))
			.andExpect(content().string(containsString(URL + "/emergency-sheet.pdf")));
	}

	@Test
	void showsTheEditFormWithTheVersion() throws Exception {
		mvc.perform(get(URL + "/emergency/edit"))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/emergency-form"))
			.andExpect(model().attribute("form", hasProperty("version", is(4L))))
			.andExpect(content().string(containsString("けいれん時の対応")));
	}

	@Test
	void savesAndRedirectsWithAMessage() throws Exception {
		mvc.perform(post(URL + "/emergency/edit").with(csrf())
			.param("medications", "架空薬 2包")
			.param("spo2", "94〜97%")
			.param("version", "4"))
			.andExpect(redirectedUrl(URL + "/emergency"))
			.andExpect(flash().attribute("flash", "registry.emergency.saved"));
		verify(emergency).update(RegistryWebFixtures.CHILD_ID, 4,
				new EmergencyInfoInput("架空薬 2包", null, "94〜97%", null, null, null, null, null, null, null));
	}

	@Test
	void rejectsTooLongVitals() throws Exception {
		mvc.perform(post(URL + "/emergency/edit").with(csrf()).param("spo2", "9".repeat(51)).param("version", "4"))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/emergency-form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "spo2", "Size"))
			.andExpect(content().string(containsString("バイタルは50文字以内で入力してください。")));
		verify(emergency, never()).update(any(), anyLong(), any());
	}

	@Test
	void showsAConflictForAStaleVersionAndKeepsTheStoredValues() throws Exception {
		willThrow(new StaleRecordException("EmergencyInfo", RegistryWebFixtures.CHILD_ID, 3, 4)).given(emergency)
			.update(eq(RegistryWebFixtures.CHILD_ID), eq(3L), any());

		mvc.perform(post(URL + "/emergency/edit").with(csrf()).param("medications", "古い内容").param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/emergency-form"))
			.andExpect(model().attribute("flashError", "form.conflict"))
			.andExpect(model().attribute("form", hasProperty("medications", is("架空薬 1包"))))
			.andExpect(model().attribute("form", hasProperty("version", is(4L))));
	}

	@Test
	void downloadsTheSheetAsAnAttachment() throws Exception {
		mvc.perform(get(URL + "/emergency-sheet.pdf").with(justNow()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("filename=\"emergency-sheet-v3.pdf\"")))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''%E7%B7%8A")))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void servesTheSheetThroughTheApi() throws Exception {
		mvc.perform(get("/api/v1" + URL + "/emergency-sheet.pdf").with(justNow()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(content().bytes(new byte[] { '%', 'P', 'D', 'F' }));
	}

	@Test
	@WithTsunaguUser(role = Role.INSTITUTION, organisation = "見本こども発達支援センター")
	void refusesAnInstitutionTheChildIsNotSharedWithByUrlAndApi() throws Exception {
		given(children.get(RegistryWebFixtures.CHILD_ID)).willThrow(new AccessDeniedException("not shared"));
		given(emergency.printSheet(RegistryWebFixtures.CHILD_ID)).willThrow(new AccessDeniedException("not shared"));

		mvc.perform(get(URL + "/emergency")).andExpect(status().isForbidden());
		mvc.perform(get(URL + "/emergency-sheet.pdf").with(justNow())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1" + URL + "/emergency-sheet.pdf").with(justNow()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void refusesAClerk() throws Exception {
		mvc.perform(get(URL + "/emergency")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1" + URL + "/emergency-sheet.pdf").with(justNow())).andExpect(status().isForbidden());
		verify(emergency, never()).printSheet(any());
	}
}
