package org.tsunagu.notification.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.tsunagu.notification.MailOutbox;
import org.tsunagu.notification.MailStatus;
import org.tsunagu.notification.OutboxEntry;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(OutboxController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
class OutboxControllerTests {

	private static final UUID FAILED_ID = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MailOutbox outbox;

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void administratorSeesTheOutboxWithMaskedRecipientsAndASendAgainButtonForFailedMails() throws Exception {
		given(outbox.recent(null)).willReturn(List.of(new OutboxEntry(FAILED_ID, "h***@example.jp",
				"training/accepted", "受講決定のお知らせ", MailStatus.FAILED, 6, "Connection refused",
				Instant.parse("2026-12-01T01:00:00Z"), null)));

		mvc.perform(get("/admin/mail"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("h***@example.jp")))
			.andExpect(content().string(containsString("受講決定のお知らせ")))
			.andExpect(content().string(containsString("/admin/mail/" + FAILED_ID + "/retry")))
			.andExpect(content().string(not(containsString("hanako"))));
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void administratorSendsAFailedMailAgain() throws Exception {
		mvc.perform(post("/admin/mail/{id}/retry", FAILED_ID).with(csrf()))
			.andExpect(redirectedUrl("/admin/mail?status=PENDING"));
		then(outbox).should().retry(FAILED_ID);
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void staffCannotOpenTheOutbox() throws Exception {
		mvc.perform(get("/admin/mail")).andExpect(status().isForbidden());
	}
}
