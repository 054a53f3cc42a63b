package org.tsunagu.training.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.RecentAuthenticationRequired;
import org.tsunagu.training.AttendanceManagement;
import org.tsunagu.training.AttendanceSheet;

/** Taking attendance for a session, and the 修了証 of a whole offering in one PDF. */
@Controller
class AttendanceController {

	private final AttendanceManagement attendance;

	private final TrainingChoices choices;

	AttendanceController(AttendanceManagement attendance, TrainingChoices choices) {
		this.attendance = attendance;
		this.choices = choices;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "TRAINING");
	}

	@GetMapping("/trainings/sessions/{id}/attendance")
	String initAttendanceForm(@PathVariable UUID id, Model model) {
		AttendanceSheet sheet = attendance.sheet(id);
		model.addAttribute("attendanceForm", AttendanceForm.of(sheet));
		return showForm(sheet, model);
	}

	@PostMapping("/trainings/sessions/{id}/attendance")
	String processAttendanceForm(@PathVariable UUID id,
			@Validated @ModelAttribute("attendanceForm") AttendanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AttendanceSheet sheet = attendance.sheet(id);
		if (result.hasErrors()) {
			return showForm(sheet, model);
		}
		try {
			attendance.record(id, form.toInputs());
		}
		catch (StaleRecordException stale) {
			model.addAttribute("flashError", "form.conflict");
			return showForm(sheet, model);
		}
		redirect.addFlashAttribute("flash", "training.attendance.saved");
		return "redirect:/trainings/sessions/" + id + "/attendance";
	}

	@RecentAuthenticationRequired
	@GetMapping("/trainings/offerings/{id}/certificates.pdf")
	ResponseEntity<byte[]> downloadCertificates(@PathVariable UUID id) {
		return ApplicationController.pdf(attendance.certificates(id));
	}

	private String showForm(AttendanceSheet sheet, Model model) {
		model.addAttribute("sheet", sheet);
		choices.addTo(model);
		return "training/attendance";
	}
}
