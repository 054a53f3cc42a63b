package org.tsunagu.training.web;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.RecentAuthenticationRequired;
import org.tsunagu.training.ApplicationManagement;
import org.tsunagu.training.ApplicationView;
import org.tsunagu.training.AttendanceManagement;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.PdfFile;
import org.tsunagu.training.RosterManagement;

/**
 * One application: the applicant's details and the staff decisions (accept, wait-list, decline or cancel
 * with a reason), the 修了証 PDF and the step to the coordinator roster.
 */
@Controller
@RequestMapping("/trainings/applications")
class ApplicationController {

	private final ApplicationManagement applications;

	private final CourseManagement courses;

	private final AttendanceManagement attendance;

	private final RosterManagement roster;

	ApplicationController(ApplicationManagement applications, CourseManagement courses,
			AttendanceManagement attendance, RosterManagement roster) {
		this.applications = applications;
		this.courses = courses;
		this.attendance = attendance;
		this.roster = roster;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "TRAINING");
		model.addAttribute("trainingStaff", TrainingRoles.isStaff());
	}

	@GetMapping("/{id}")
	String showApplication(@PathVariable UUID id, Model model) {
		ApplicationView application = applications.application(id);
		model.addAttribute("trainingApplication", application);
		model.addAttribute("offering", courses.offering(application.offeringId()));
		return "training/application";
	}

	@PostMapping("/{id}/accept")
	String processAccept(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return decide(id, redirect, "training.decision.accepted", () -> applications.accept(id, version));
	}

	@PostMapping("/{id}/waitlist")
	String processWaitlist(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return decide(id, redirect, "training.decision.waitlisted", () -> applications.waitlist(id, version));
	}

	@PostMapping("/{id}/decline")
	String processDecline(@PathVariable UUID id, @RequestParam long version, @RequestParam String reason,
			RedirectAttributes redirect) {
		return decide(id, redirect, "training.decision.declined", () -> applications.decline(id, version, reason));
	}

	@PostMapping("/{id}/cancel")
	String processCancel(@PathVariable UUID id, @RequestParam long version, @RequestParam String reason,
			RedirectAttributes redirect) {
		return decide(id, redirect, "training.decision.cancelled", () -> applications.cancel(id, version, reason));
	}

	@PostMapping("/{id}/coordinator")
	String processAddToCoordinatorRoster(@PathVariable UUID id, @RequestParam long version,
			RedirectAttributes redirect) {
		return decide(id, redirect, "training.coordinator.added", () -> roster.addToCoordinatorRoster(id, version));
	}

	@RecentAuthenticationRequired
	@GetMapping("/{id}/certificate.pdf")
	ResponseEntity<byte[]> downloadCertificate(@PathVariable UUID id) {
		return pdf(attendance.certificate(id));
	}

	static ResponseEntity<byte[]> pdf(PdfFile file) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(file.content());
	}

	private String decide(UUID id, RedirectAttributes redirect, String done, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (StaleRecordException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		catch (IllegalStateException refused) {
			redirect.addFlashAttribute("flashError", "training.decision.refused");
		}
		catch (IllegalArgumentException missingReason) {
			redirect.addFlashAttribute("flashError", "training.decision.reasonRequired");
		}
		return "redirect:/trainings/applications/" + id;
	}
}
