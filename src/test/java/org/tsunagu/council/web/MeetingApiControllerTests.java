package org.tsunagu.council.web;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.council.MeetingManagement;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(MeetingApiController.class)
@Import(SecurityConfiguration.class)
@WithTsunaguUser(role = Role.PREFECTURE)
class MeetingApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MeetingManagement meetings;

	@Test
	void approvingMinutesWithoutIfMatchIsRefusedWith428() throws Exception {
		UUID id = UUID.randomUUID();

		mvc.perform(post("/api/v1/meetings/{id}/minutes/approve", id).with(csrf()))
			.andExpect(status().isPreconditionRequired());
		verify(meetings, never()).approveMinutes(id, 0L);
		verify(meetings, never()).checkMinutes(org.mockito.ArgumentMatchers.eq(id), anyLong());
	}
}
