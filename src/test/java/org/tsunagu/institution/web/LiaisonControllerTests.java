package org.tsunagu.institution.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.institution.InvalidInstitutionException;
import org.tsunagu.institution.LiaisonChannel;
import org.tsunagu.institution.LiaisonInput;
import org.tsunagu.institution.LiaisonManagement;
import org.tsunagu.institution.LiaisonView;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest(LiaisonController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.CONSULTANT)
class LiaisonControllerTests {

	private static final UUID ID = UUID.randomUUID();

	private static final UUID LIAISON = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	LiaisonManagement liaisons;

	@MockitoBean
	InstitutionManagement institutions;

	@BeforeEach
	void anInstitution() {
		given(institutions.get(ID)).willReturn(new InstitutionDetails(ID, 0, "試験短期入所ホーム", "シケン",
				InstitutionKind.SHORT_STAY, null, null, null, "202029", "松本市", "松本", null, null, null, null, null,
				null, null, null, false, false, null, List.of(), List.of(), false, null, null));
		given(liaisons.mayLiaiseIn("松本")).willReturn(true);
	}

	@Test
	void recordsAContactWithItsFollowUp() throws Exception {
		mvc.perform(post("/institutions/" + ID + "/liaisons/new").with(csrf())
			.param("contactedOn", "2026-11-30")
			.param("channel", "PHONE")
			.param("staffName", "見本 花子")
			.param("subject", "短期入所の相談")
			.param("content", "受け入れ条件を確認した。")
			.param("followUp", "資料を送る")
			.param("followUpDue", "2026-12-10"))
			.andExpect(redirectedUrl("/institutions/" + ID + "#liaisons"))
			.andExpect(flash().attribute("flash", "institution.liaison.created"));

		ArgumentCaptor<LiaisonInput> input = ArgumentCaptor.forClass(LiaisonInput.class);
		verify(liaisons).record(eq(ID), input.capture());
		assertThat(input.getValue().followUpDue()).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(input.getValue().childId()).isNull();
	}

	@Test
	void showsFieldErrorsInJapanese() throws Exception {
		mvc.perform(post("/institutions/" + ID + "/liaisons/new").with(csrf())
			.param("staffName", "")
			.param("followUpDue", "2026-12-10")
			.param("childId", "123"))
			.andExpect(view().name("institution/liaison-form"))
			.andExpect(model().attributeHasFieldErrors("liaisonForm", "contactedOn", "channel", "staffName",
					"subject", "content", "childId", "dueOnlyWithFollowUp"))
			.andExpect(content().string(Matchers.containsString("対応期限を入れるときは今後の対応も入力してください。")));
		verify(liaisons, never()).record(any(), any());
	}

	@Test
	void showsAChildOutOfReachOnItsField() throws Exception {
		willThrow(new InvalidInstitutionException("childId", "institution.liaison.childId.unknown")).given(liaisons)
			.record(eq(ID), any());

		mvc.perform(post("/institutions/" + ID + "/liaisons/new").with(csrf())
			.param("contactedOn", "2026-11-30")
			.param("channel", "MEETING")
			.param("staffName", "見本 花子")
			.param("subject", "ケース会議")
			.param("content", "内容")
			.param("childId", UUID.randomUUID().toString()))
			.andExpect(view().name("institution/liaison-form"))
			.andExpect(content().string(Matchers.containsString("この児童は見つからないか、参照できません。")));
	}

	@Test
	void listsOpenFollowUpsWithOverdueOnesFlagged() throws Exception {
		given(liaisons.openFollowUps()).willReturn(List.of(new LiaisonView(LIAISON, 2, ID, "試験短期入所ホーム", "松本",
				LocalDate.of(2026, 11, 1), LiaisonChannel.PHONE, "見本 花子", null, "短期入所の相談", "内容", "資料を送る",
				LocalDate.of(2026, 11, 10), null, true, null, null)));

		mvc.perform(get("/institutions/follow-ups"))
			.andExpect(view().name("institution/follow-ups"))
			.andExpect(content().string(Matchers.containsString("期限切れ")))
			.andExpect(content().string(Matchers.containsString("資料を送る")));
	}

	@Test
	void marksAFollowUpDone() throws Exception {
		mvc.perform(post("/institutions/" + ID + "/liaisons/" + LIAISON + "/done").with(csrf())
			.param("version", "2")
			.param("back", "follow-ups"))
			.andExpect(redirectedUrl("/institutions/follow-ups"));

		verify(liaisons).completeFollowUp(LIAISON, 2);
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "長野")
	void refusesTheFormOutsideTheOwnRegion() throws Exception {
		given(liaisons.mayLiaiseIn("松本")).willReturn(false);

		mvc.perform(get("/institutions/" + ID + "/liaisons/new")).andExpect(status().isForbidden());
	}
}
