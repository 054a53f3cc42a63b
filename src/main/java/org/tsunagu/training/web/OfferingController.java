package org.tsunagu.training.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.StaleEdits;
import org.tsunagu.training.ApplicationManagement;
import org.tsunagu.training.AttendanceManagement;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.FeedbackManagement;
import org.tsunagu.training.OfferingView;

/**
 * An offering's page — details, sessions, applicants, certificates, feedback — and its forms: create, edit,
 * add and remove a session, issue the certificates.
 */
@Controller
@RequestMapping("/trainings/offerings")
class OfferingController {

	private static final String FORM = "training/offering-form";

	private final CourseManagement courses;

	private final ApplicationManagement applications;

	private final AttendanceManagement attendance;

	private final FeedbackManagement feedback;

	private final TrainingChoices choices;

	OfferingController(CourseManagement courses, ApplicationManagement applications, AttendanceManagement attendance,
			FeedbackManagement feedback, TrainingChoices choices) {
		this.courses = courses;
		this.applications = applications;
		this.attendance = attendance;
		this.feedback = feedback;
		this.choices = choices;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "TRAINING");
		model.addAttribute("trainingStaff", TrainingRoles.isStaff());
		model.addAttribute("seesPeople", TrainingRoles.seesPeople());
	}

	@GetMapping("/{id}")
	String showOffering(@PathVariable UUID id, Model model) {
		OfferingView offering = courses.offering(id);
		model.addAttribute("offering", offering);
		if (TrainingRoles.seesPeople()) {
			model.addAttribute("applications", applications.applications(id));
		}
		if (TrainingRoles.isStaff()) {
			model.addAttribute("feedback", feedback.summary(id));
		}
		if (!model.containsAttribute("sessionForm")) {
			SessionForm sessionForm = new SessionForm();
			sessionForm.setVersion(offering.version());
			model.addAttribute("sessionForm", sessionForm);
		}
		choices.addTo(model);
		return "training/offering";
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(name = "course", required = false) @Nullable UUID courseId, Model model) {
		TrainingRoles.requireStaff();
		OfferingForm form = new OfferingForm();
		form.setCourseId(courseId);
		model.addAttribute("offeringForm", form);
		return showForm(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Validated @ModelAttribute("offeringForm") OfferingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		UUID id = courses.createOffering(form.toInput());
		redirect.addFlashAttribute("flash", "training.offering.created");
		return "redirect:/trainings/offerings/" + id;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		TrainingRoles.requireStaff();
		model.addAttribute("offeringForm", OfferingForm.of(courses.offering(id)));
		return showForm(model, id);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable UUID id, @Validated @ModelAttribute("offeringForm") OfferingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, id);
		}
		try {
			courses.updateOffering(id, form.getVersion(), form.toInput());
		}
		catch (StaleRecordException stale) {
			StaleEdits.reapply(model, form, OfferingForm.of(courses.offering(id)), "training.offering");
			return showForm(model, id);
		}
		redirect.addFlashAttribute("flash", "training.offering.updated");
		return "redirect:/trainings/offerings/" + id;
	}

	@PostMapping("/{id}/sessions")
	String processSessionForm(@PathVariable UUID id, @Validated @ModelAttribute("sessionForm") SessionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showOffering(id, model);
		}
		try {
			courses.addSession(id, form.getVersion(), form.toInput());
			redirect.addFlashAttribute("flash", "training.session.added");
		}
		catch (StaleRecordException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		return "redirect:/trainings/offerings/" + id + "#sessions";
	}

	@PostMapping("/{id}/sessions/{sessionId}/delete")
	String processSessionRemoval(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			courses.removeSession(id, version, sessionId);
			redirect.addFlashAttribute("flash", "training.session.removed");
		}
		catch (StaleRecordException | IllegalStateException refused) {
			redirect.addFlashAttribute("flashError", "training.session.removeRefused");
		}
		return "redirect:/trainings/offerings/" + id + "#sessions";
	}

	@PostMapping("/{id}/certificates")
	String processIssueCertificates(@PathVariable UUID id, RedirectAttributes redirect) {
		int issued = attendance.issueCertificates(id);
		redirect.addFlashAttribute("flash", issued == 0 ? "training.certificates.noneIssued" : "training.certificates.issued");
		return "redirect:/trainings/offerings/" + id + "#applications";
	}

	private String showForm(Model model, @Nullable UUID id) {
		model.addAttribute("offeringId", id);
		model.addAttribute("creating", id == null);
		model.addAttribute("courses", courses.courses());
		return FORM;
	}
}
