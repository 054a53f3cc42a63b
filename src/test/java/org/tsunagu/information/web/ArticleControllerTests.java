package org.tsunagu.information.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.information.ArticleManagement;
import org.tsunagu.information.InvalidArticleException;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * The staff content screens: field errors, a slug already used, a stale edit, the preview, the workflow
 * steps and who may open them.
 */
@WebMvcTest(ArticleController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class })
@WithTsunaguUser(role = Role.CLERK)
class ArticleControllerTests {

	private static final UUID ID = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ArticleManagement articles;

	@MockitoBean
	ReferenceData reference;

	@BeforeEach
	void noRegions() {
		given(reference.regions(false)).willReturn(List.of());
	}

	@Test
	void showsFieldErrorsForAGoodPracticeWithoutTitleRegionOrTheme() throws Exception {
		mvc.perform(post("/information/articles/new").with(csrf()).param("kind", "GOOD_PRACTICE").param("body", "本文"))
			.andExpect(view().name("information/article-form"))
			.andExpect(model().attributeHasFieldErrors("articleForm", "title", "practiceComplete"))
			.andExpect(content().string(containsString("好事例には圏域とテーマを選んでください。")));
		verify(articles, never()).create(any());
	}

	@Test
	void refusesASlugAlreadyUsedOnItsField() throws Exception {
		given(articles.create(any())).willThrow(new InvalidArticleException("slug", "information.slug.used"));

		mvc.perform(post("/information/articles/new").with(csrf()).param("kind", "NEWS").param("title", "見本")
			.param("body", "本文").param("slug", "taken"))
			.andExpect(model().attributeHasFieldErrorCode("articleForm", "slug", "information.slug.used"));
	}

	@Test
	void createsADraftAndRedirectsToIt() throws Exception {
		given(articles.create(any())).willReturn(ID);

		mvc.perform(post("/information/articles/new").with(csrf()).param("kind", "NEWS").param("title", "見本")
			.param("body", "本文"))
			.andExpect(redirectedUrl("/information/articles/" + ID))
			.andExpect(flash().attribute("flash", "information.created"));
	}

	@Test
	void saysSoWhenAColleagueChangedTheArticleFirst() throws Exception {
		willThrow(new StaleRecordException("Article", ID, 1, 2)).given(articles).update(eq(ID), anyLong(), any());

		mvc.perform(post("/information/articles/{id}/edit", ID).with(csrf()).param("kind", "NEWS").param("version", "1")
			.param("title", "見本").param("body", "本文"))
			.andExpect(view().name("information/article-form"))
			.andExpect(model().attribute("flashError", "form.conflict"));
	}

	@Test
	void previewsTheSanitisedHtmlAsAFragment() throws Exception {
		given(articles.renderPreview("**強調**")).willReturn("<p><strong>強調</strong></p>");

		mvc.perform(post("/information/articles/preview").with(csrf()).header("HX-Request", "true").param("body", "**強調**"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>強調</strong>")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void publishesWithTheVersionRead() throws Exception {
		mvc.perform(post("/information/articles/{id}/publish", ID).with(csrf()).param("version", "3"))
			.andExpect(redirectedUrl("/information/articles/" + ID))
			.andExpect(flash().attribute("flash", "information.step.publish"));
		verify(articles).publish(ID, 3);
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE)
	void healthOfficeMayNotOpenTheContentScreens() throws Exception {
		mvc.perform(get("/information/articles")).andExpect(status().isForbidden());
	}

	@Test
	@WithTsunaguUser(role = Role.INSTITUTION)
	void institutionUsersMayNotWriteContent() throws Exception {
		mvc.perform(post("/information/articles/new").with(csrf()).param("kind", "NEWS")).andExpect(status().isForbidden());
	}
}
