package org.tsunagu.council.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.council.ActionManagement;
import org.tsunagu.council.CouncilDetails;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.council.CouncilManagement;
import org.tsunagu.council.CouncilTopic;
import org.tsunagu.council.Download;
import org.tsunagu.council.MeetingManagement;
import org.tsunagu.council.MeetingSnapshots;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest({ MeetingController.class, CouncilErrors.class })
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "松本")
class MeetingControllerTests {

	static final UUID COUNCIL = UUID.randomUUID();

	static final UUID MEETING = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MeetingManagement meetings;

	@MockitoBean
	CouncilManagement councils;

	@MockitoBean
	ActionManagement actions;

	@MockitoBean
	MeetingSnapshots snapshots;

	@BeforeEach
	void matsumotoCouncil() {
		given(councils.get(COUNCIL)).willReturn(new CouncilDetails(COUNCIL, 0, CouncilKind.REGION, "松本圏域会議", "松本",
				"松本保健福祉事務所", false, List.of(new CouncilTopic("a", "実態の把握")), List.of(), true));
	}

	@Test
	void schedulesAMeetingAndGoesToItsPage() throws Exception {
		given(meetings.schedule(eq(COUNCIL), any())).willReturn(MEETING);

		mvc.perform(post("/councils/{id}/meetings/new", COUNCIL).with(csrf())
			.param("title", "試験 第1回")
			.param("heldOn", "2026-12-10")
			.param("startsAt", "14:00")
			.param("endsAt", "16:00")
			.param("place", "試験会議室")).andExpect(redirectedUrl("/councils/meetings/" + MEETING));
	}

	@Test
	void showsFieldErrorsInJapanese() throws Exception {
		mvc.perform(post("/councils/{id}/meetings/new", COUNCIL).with(csrf())
			.param("title", "")
			.param("heldOn", "2026-12-10")
			.param("startsAt", "16:00")
			.param("endsAt", "14:00"))
			.andExpect(view().name("council/meeting-form"))
			.andExpect(model().attributeHasFieldErrors("meetingForm", "title", "timeOrdered", "placeGiven"))
			.andExpect(content().string(Matchers.containsString("終了時刻は開始時刻より後にしてください。")));
		verify(meetings, never()).schedule(any(), any());
	}

	@Test
	void anotherRegionsCouncilIsForbidden() throws Exception {
		UUID nagano = UUID.randomUUID();
		willThrow(new AccessDeniedException("Region 長野")).given(councils).get(nagano);
		willThrow(new AccessDeniedException("Region 長野")).given(meetings).schedule(eq(nagano), any());

		mvc.perform(get("/councils/{id}/meetings/new", nagano)).andExpect(status().isForbidden());
		mvc.perform(post("/councils/{id}/meetings/new", nagano).with(csrf())
			.param("title", "試験")
			.param("heldOn", "2026-12-10")
			.param("startsAt", "14:00")
			.param("endsAt", "16:00")
			.param("place", "試験会議室")).andExpect(status().isForbidden());
	}

	@Test
	void minutesInTheWrongStateGoBackWithAMessage() throws Exception {
		willThrow(new IllegalStateException("Cannot approve minutes that are DRAFT")).given(meetings)
			.approveMinutes(MEETING, 3L);

		mvc.perform(post("/councils/meetings/{id}/minutes", MEETING).with(csrf())
			.param("version", "3")
			.param("step", "approve")
			.header("Referer", "http://localhost/councils/meetings/" + MEETING))
			.andExpect(redirectedUrl("/councils/meetings/" + MEETING));
	}

	@Test
	void aRefusedChangeGoesBackOnlyToACouncilPageOfThisSite() throws Exception {
		willThrow(new IllegalArgumentException("no")).given(meetings).markNoticeSent(MEETING, 1L);

		mvc.perform(post("/councils/meetings/{id}/notice-sent", MEETING).with(csrf())
			.param("version", "1")
			.header("Referer", "https://evil.example/admin/users")).andExpect(redirectedUrl("/councils"));
		mvc.perform(post("/councils/meetings/{id}/notice-sent", MEETING).with(csrf())
			.param("version", "1")
			.header("Referer", "https://evil.example/councils/x")).andExpect(redirectedUrl("/councils/x"));
	}

	@Test
	void handsTheNoticeOutAsAnAttachmentThatIsNeverSniffed() throws Exception {
		given(meetings.notice(MEETING)).willReturn(new Download("第1回_開催通知.pdf", "notice.pdf", "application/pdf",
				"%PDF-1.7".getBytes()));

		mvc.perform(get("/councils/meetings/{id}/notice.pdf", MEETING))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment; filename=\"notice.pdf\"")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Type", "application/pdf"));
		verify(meetings, never()).markNoticeSent(any(), anyLong());
	}
}
