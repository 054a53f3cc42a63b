package org.tsunagu.consultation.web;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ConsultationSearch;
import org.tsunagu.consultation.SearchOrder;
import org.tsunagu.shared.web.Htmx;

import jakarta.servlet.http.HttpServletRequest;

/**
 * 相談の全文検索: words (by writing or by reading) and the filters of the list plus the owner, over consultations
 * or over cases; htmx swaps only the results, the matched words marked in each passage.
 */
@Controller
@RequestMapping("/consultations/search")
class ConsultationSearchController {

	private final ConsultationSearch search;

	private final ConsultationChoices choices;

	ConsultationSearchController(ConsultationSearch search, ConsultationChoices choices) {
		this.search = search;
		this.choices = choices;
	}

	@GetMapping
	String searchConsultations(@ModelAttribute("filter") ConsultationSearchForm filter,
			@PageableDefault(size = 20) Pageable pageable, HttpServletRequest request, Model model) {
		model.addAttribute("activeNav", "CONSULTATION");
		model.addAttribute("page", filter.getTarget() == ConsultationSearchForm.Target.CASES
				? search.searchCases(filter.toCaseQuery(), pageable) : search.search(filter.toQuery(), pageable));
		model.addAttribute("caseStatuses", CaseStatus.values());
		model.addAttribute("searchTargets", ConsultationSearchForm.Target.values());
		model.addAttribute("searchOrders", SearchOrder.values());
		model.addAttribute("owners", search.owners());
		choices.addTo(model);
		return Htmx.view(request, "consultation/search", "results");
	}
}
