package org.tsunagu.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildListItem;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(ChildPickerController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
class ChildPickerControllerTests {

	private static final UUID ID = UUID.fromString("0b7f3a4e-1111-4c1e-9a7d-000000000001");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ChildManagement children;

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE)
	void offersTheChildrenTheRegistryFindsByNameWithTheirIdToChoose() throws Exception {
		given(children.search(any(), any())).willReturn(new PageImpl<>(List.of(new ChildListItem(ID, "見本 花子",
				"ミホン ハナコ", LocalDate.of(2019, 5, 1), "松本市", "松本", ChildStatus.ENROLLED))));

		mvc.perform(post("/children/picker").with(csrf()).param("childQuery", " みほん "))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-child-choice=\"" + ID + "\"")))
			.andExpect(content().string(Matchers.containsString("見本 花子（ミホン ハナコ）")));

		ArgumentCaptor<ChildFilter> filter = ArgumentCaptor.forClass(ChildFilter.class);
		ArgumentCaptor<Pageable> page = ArgumentCaptor.forClass(Pageable.class);
		verify(children).search(filter.capture(), page.capture());
		assertThat(filter.getValue().text()).isEqualTo("みほん");
		assertThat(page.getValue().getPageSize()).isEqualTo(ChildPickerController.MAX_CHOICES);
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void asksForTwoCharactersBeforeSearching() throws Exception {
		mvc.perform(post("/children/picker").with(csrf()).param("childQuery", "み"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("2文字以上")));
		verify(children, never()).search(any(), any());
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void isClosedToRolesOutsideTheRegistry() throws Exception {
		mvc.perform(post("/children/picker").with(csrf()).param("childQuery", "みほん")).andExpect(status().isForbidden());
	}
}
