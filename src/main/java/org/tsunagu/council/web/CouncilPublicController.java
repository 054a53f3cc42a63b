package org.tsunagu.council.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tsunagu.council.MeetingManagement;
import org.tsunagu.shared.web.PublicSection;

/**
 * The public page of the councils (no login): the published summaries of meetings whose minutes were
 * approved, newest first. Nothing else of a meeting is shown.
 */
@Controller
class CouncilPublicController {

	static final String PATH = "/public/councils";

	private final MeetingManagement meetings;

	CouncilPublicController(MeetingManagement meetings) {
		this.meetings = meetings;
	}

	@GetMapping(PATH)
	String listPublishedSummaries(Model model) {
		model.addAttribute("summaries", meetings.publishedSummaries());
		model.addAttribute("publicActive", PATH);
		return "council/public";
	}

	/** The entry of the public site's menu. */
	@Configuration(proxyBeanMethods = false)
	static class PublicEntry {

		@Bean
		PublicSection councilPublicSection() {
			return new PublicSection(PATH, "council.public.title", "council.public.description", 40);
		}
	}
}
