package org.tsunagu.portal.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.internal.SecurityConfiguration;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.web.PublicSection;

@WebMvcTest(PublicHomeController.class)
@Import({ SecurityConfiguration.class, JapaneseDates.class, PublicHomeControllerTests.Sections.class })
class PublicHomeControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void opensWithoutLoginAndListsTheModulesPublicPagesInOrder() throws Exception {
		mvc.perform(get("/public"))
			.andExpect(status().isOk())
			.andExpect(view().name("public/home"))
			.andExpect(content().string(containsString("href=\"/public/consultation\"")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*/public/consultation.*/public/news.*")));
	}

	@Test
	void staffPagesStillNeedALogin() throws Exception {
		mvc.perform(get("/consultations")).andExpect(status().is3xxRedirection());
	}

	@TestConfiguration
	static class Sections {

		@Bean
		PublicSection news() {
			return new PublicSection("/public/news", "public.home", "public.home.lead", 20);
		}

		@Bean
		PublicSection consultation() {
			return new PublicSection("/public/consultation", "public.home", "public.home.lead", 10);
		}
	}
}
