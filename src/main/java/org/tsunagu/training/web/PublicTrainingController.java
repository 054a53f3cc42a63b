package org.tsunagu.training.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.web.SubmissionThrottle;
import org.tsunagu.training.ApplicationManagement;
import org.tsunagu.training.ApplicationReceipt;
import org.tsunagu.training.ApplicationRefusedException;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.OfferingView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The public training pages (no login): the offerings taking applications, an offering with its sessions and
 * the application form, and the reference number after applying. Submissions are throttled per address.
 */
@Controller
@RequestMapping("/public/trainings")
class PublicTrainingController {

	private final CourseManagement courses;

	private final ApplicationManagement applications;

	private final TrainingChoices choices;

	private final SubmissionThrottle throttle;

	PublicTrainingController(CourseManagement courses, ApplicationManagement applications, TrainingChoices choices,
			@Value("${tsunagu.training.applications-per-hour:10}") int applicationsPerHour) {
		this.courses = courses;
		this.applications = applications;
		this.choices = choices;
		this.throttle = new SubmissionThrottle(applicationsPerHour, Duration.ofHours(1), Clock.systemUTC());
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("publicActive", "/public/trainings");
	}

	@GetMapping
	String listOpenOfferings(Model model) {
		model.addAttribute("offerings", courses.openOfferings(JapaneseDates.today()));
		return "training/public/list";
	}

	@GetMapping("/{id}")
	String showOffering(@PathVariable UUID id, Model model) {
		model.addAttribute("applicationForm", new ApplicationForm());
		return showForm(id, model);
	}

	@PostMapping("/{id}")
	String processApplication(@PathVariable UUID id,
			@Validated @ModelAttribute("applicationForm") ApplicationForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(id, model);
		}
		if (!throttle.tryAcquire(SubmissionThrottle.clientAddress(request))) {
			model.addAttribute("flashError", "public.rateLimited");
			return showForm(id, model);
		}
		try {
			ApplicationReceipt receipt = applications.apply(id, form.toInput());
			redirect.addFlashAttribute("receipt", receipt);
			return "redirect:/public/trainings/applied";
		}
		catch (ApplicationRefusedException refused) {
			switch (refused.reason()) {
				case RECOMMENDATION_MISSING -> result.rejectValue("recommendedBy", "training.apply.recommendation.required");
				case PREREQUISITE_MISSING -> result.rejectValue("prerequisiteNote", "training.apply.prerequisite.missing");
				case UNKNOWN_MUNICIPALITY -> result.rejectValue("municipalityCode", "training.apply.municipality.required");
				case DUPLICATE -> result.reject("training.apply.duplicate");
				case CLOSED -> result.reject("training.apply.closed");
			}
			return showForm(id, model);
		}
	}

	@GetMapping("/applied")
	String showReceipt(Model model) {
		if (!model.containsAttribute("receipt")) {
			return "redirect:/public/trainings";
		}
		return "training/public/applied";
	}

	private String showForm(UUID id, Model model) {
		OfferingView offering = courses.openOffering(id, JapaneseDates.today());
		model.addAttribute("offering", offering);
		model.addAttribute("prerequisite", offering.prerequisiteKind() != null);
		choices.addTo(model);
		return "training/public/offering";
	}
}
