package org.tsunagu.training.web;

import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.Htmx;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.RosterManagement;

import jakarta.servlet.http.HttpServletRequest;

/** The 修了者名簿 with its filters, a person's history across years and the merge of duplicates. */
@Controller
class RosterController {

	private final RosterManagement roster;

	private final CourseManagement courses;

	private final TrainingChoices choices;

	RosterController(RosterManagement roster, CourseManagement courses, TrainingChoices choices) {
		this.roster = roster;
		this.courses = courses;
		this.choices = choices;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "TRAINING");
		model.addAttribute("trainingStaff", TrainingRoles.isStaff());
	}

	@GetMapping("/trainings/roster")
	String listCompletions(@ModelAttribute("filter") RosterFilterForm filter,
			@PageableDefault(size = 30, sort = "completedOn", direction = Sort.Direction.DESC) Pageable pageable,
			HttpServletRequest request, Model model) {
		model.addAttribute("page", roster.roster(filter.toFilter(), pageable));
		model.addAttribute("years", courses.fiscalYears());
		choices.addTo(model);
		return Htmx.view(request, "training/roster", "results");
	}

	@GetMapping("/trainings/people/{id}")
	String showPerson(@PathVariable UUID id, Model model) {
		model.addAttribute("person", roster.person(id));
		return "training/person";
	}

	@PostMapping("/trainings/people/{id}/merge")
	String processMerge(@PathVariable UUID id, @RequestParam long version, @RequestParam UUID duplicate,
			RedirectAttributes redirect) {
		try {
			roster.merge(id, version, duplicate);
			redirect.addFlashAttribute("flash", "training.person.merged");
		}
		catch (StaleRecordException | IllegalStateException | IllegalArgumentException refused) {
			redirect.addFlashAttribute("flashError", "training.person.mergeRefused");
		}
		return "redirect:/trainings/people/" + id;
	}
}
