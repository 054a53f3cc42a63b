package org.tsunagu.retention.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.retention.RetentionPeriod;
import org.tsunagu.retention.RetentionReviews;
import org.tsunagu.retention.RetentionReviews.ItemVersion;
import org.tsunagu.retention.ReviewItem;
import org.tsunagu.retention.ReviewStatus;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.WithTsunaguUser;

@WebMvcTest({ RetentionController.class, RetentionAdminController.class })
@Import({ SecurityConfiguration.class, JapaneseDates.class })
class RetentionControllerTests {

	static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000a001");

	static final ReviewItem ITEM = new ReviewItem(ID, 3, "consultation-case", UUID.randomUUID(),
			"【松本】（架空）見本 花子の相談", LocalDate.of(2020, 4, 1), ReviewStatus.PENDING, null, null, null,
			Instant.parse("2026-06-10T00:00:00Z"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RetentionReviews reviews;

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void showsTheDueItemsToTheDirector() throws Exception {
		given(reviews.list(null)).willReturn(List.of(ITEM));
		given(reviews.periods()).willReturn(List.of(new RetentionPeriod("consultation-case", "終結した相談ケース",
				Period.ofYears(5), "匿名化", 1)));

		mvc.perform(get("/retention"))
			.andExpect(status().isOk())
			.andExpect(view().name("retention/list"))
			.andExpect(content().string(Matchers.containsString("見本 花子")))
			.andExpect(content().string(Matchers.containsString(ID + ":3")));
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void aConsultantMayNotSeeOrApproveTheReview() throws Exception {
		mvc.perform(get("/retention")).andExpect(status().isForbidden());
		mvc.perform(post("/retention/{id}/approve", ID).param("version", "3").with(csrf()))
			.andExpect(status().isForbidden());
		verify(reviews, never()).approve(any(), anyLong());
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void anAdministratorRunsTheReviewButDoesNotSeeTheList() throws Exception {
		given(reviews.runNow()).willReturn(new org.tsunagu.retention.RetentionRun(2, 1, 0));

		mvc.perform(get("/retention")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/retention/run").with(csrf()))
			.andExpect(redirectedUrl("/admin/retention"))
			.andExpect(flash().attributeExists("run"));
		verify(reviews).runNow();
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void approvesOneItemAtTheVersionShown() throws Exception {
		mvc.perform(post("/retention/{id}/approve", ID).param("version", "3").with(csrf()))
			.andExpect(redirectedUrl("/retention"))
			.andExpect(flash().attribute("flash", "retention.approved"));
		verify(reviews).approve(ID, 3);
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void approvesTheSelectedItemsAsABatch() throws Exception {
		UUID other = UUID.fromString("00000000-0000-0000-0000-00000000a002");
		given(reviews.approveAll(any())).willReturn(2);

		mvc.perform(post("/retention/approve").param("items", ID + ":3", other + ":0").with(csrf()))
			.andExpect(redirectedUrl("/retention"))
			.andExpect(flash().attribute("approvedCount", 2));
		verify(reviews).approveAll(List.of(new ItemVersion(ID, 3), new ItemVersion(other, 0)));
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void holdingWithoutReasonShowsAFieldError() throws Exception {
		given(reviews.find(ID)).willReturn(Optional.of(ITEM));

		mvc.perform(post("/retention/{id}/hold", ID).param("version", "3").param("reason", " ").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("retention/hold"))
			.andExpect(model().attributeHasFieldErrorCode("holdForm", "reason", "NotBlank"))
			.andExpect(content().string(Matchers.containsString("保留の理由を入力してください。")));
		verify(reviews, never()).hold(any(), anyLong(), anyString());
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void approvingFromAStalePageSaysSomebodyElseDecidedFirst() throws Exception {
		org.mockito.BDDMockito.willThrow(new org.tsunagu.shared.StaleRecordException("RetentionReview", ID, 3, 4))
			.given(reviews)
			.approve(ID, 3);

		mvc.perform(post("/retention/{id}/approve", ID).param("version", "3").with(csrf()))
			.andExpect(redirectedUrl("/retention"))
			.andExpect(flash().attribute("flashError", "form.conflict"));
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void holdsWithAReason() throws Exception {
		mvc.perform(post("/retention/{id}/hold", ID).param("version", "3").param("reason", "（架空）係争中").with(csrf()))
			.andExpect(redirectedUrl("/retention"))
			.andExpect(flash().attribute("flash", "retention.held"));
		verify(reviews).hold(ID, 3, "（架空）係争中");
	}
}
