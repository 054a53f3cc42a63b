package org.tsunagu.consultation.web;

import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.Htmx;

import jakarta.servlet.http.HttpServletRequest;

/**
 * 相談ケース: the case list, opening a case from a consultation, a case's page and its everyday actions (plan,
 * status, contacts, tasks, reassignment). Closing and hand-overs are in {@link CaseApprovalController}.
 */
@Controller
class CaseController {

	private final CaseManagement cases;

	private final ConsultationManagement consultations;

	private final CasePage page;

	private final ReferenceData reference;

	CaseController(CaseManagement cases, ConsultationManagement consultations, CasePage page,
			ReferenceData reference) {
		this.cases = cases;
		this.consultations = consultations;
		this.page = page;
		this.reference = reference;
	}

	@GetMapping("/consultations/cases")
	String listCases(@ModelAttribute("filter") CaseFilterForm filter,
			@PageableDefault(size = 20, sort = "nextContactDue", direction = Sort.Direction.ASC) Pageable pageable,
			HttpServletRequest request, Model model) {
		model.addAttribute("activeNav", "CONSULTATION");
		model.addAttribute("page", cases.search(filter.toFilter(CurrentUsers.require().id()), pageable));
		var scope = CurrentUsers.require().scope();
		model.addAttribute("regions",
				reference.regions(false).stream().filter(region -> scope.permitsRegion(region.name())).toList());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("priorities", CasePriority.values());
		return Htmx.view(request, "consultation/cases", "results");
	}

	@GetMapping("/consultations/{consultationId}/case")
	String initOpeningForm(@PathVariable UUID consultationId, Model model) {
		var existing = cases.caseOf(consultationId);
		if (existing.isPresent()) {
			return "redirect:/consultations/cases/" + existing.get();
		}
		model.addAttribute("openingForm", new CaseOpeningForm());
		return showOpeningForm(consultationId, model);
	}

	@PostMapping("/consultations/{consultationId}/case")
	String processOpeningForm(@PathVariable UUID consultationId,
			@Validated @ModelAttribute("openingForm") CaseOpeningForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showOpeningForm(consultationId, model);
		}
		UUID id = cases.open(consultationId, form.getOwnerId(), form.getPriority(), form.getNextContactDue());
		redirect.addFlashAttribute("flash", "consultation.case.opened");
		return "redirect:/consultations/cases/" + id;
	}

	@GetMapping("/consultations/cases/{id}")
	String showCase(@PathVariable UUID id, Model model) {
		return page.show(id, model);
	}

	@PostMapping("/consultations/cases/{id}/plan")
	String processPlan(@PathVariable UUID id, @Validated @ModelAttribute("planForm") CasePlanForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return refused(id, redirect);
		}
		return done(id, redirect, "consultation.case.planned",
				() -> cases.plan(id, form.getVersion(), form.getPriority(), form.getNextContactDue()));
	}

	@PostMapping("/consultations/cases/{id}/status")
	String processStatus(@PathVariable UUID id, @RequestParam long version, @RequestParam CaseStatus status,
			RedirectAttributes redirect) {
		return done(id, redirect, "consultation.case.statusChanged", () -> cases.changeStatus(id, version, status));
	}

	@PostMapping("/consultations/cases/{id}/contacts")
	String processContact(@PathVariable UUID id, @Validated @ModelAttribute("contactForm") ContactForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page.show(id, model);
		}
		cases.recordContact(id, form.toInput());
		redirect.addFlashAttribute("flash", "consultation.case.contactRecorded");
		return "redirect:/consultations/cases/" + id + "#timeline";
	}

	@PostMapping("/consultations/cases/{id}/tasks")
	String processTask(@PathVariable UUID id, @Validated @ModelAttribute("taskForm") TaskForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page.show(id, model);
		}
		cases.addTask(id, form.getTitle(), form.getDueOn());
		redirect.addFlashAttribute("flash", "consultation.case.taskAdded");
		return "redirect:/consultations/cases/" + id + "#tasks";
	}

	@PostMapping("/consultations/cases/{id}/tasks/{taskId}/done")
	String processTaskDone(@PathVariable UUID id, @PathVariable UUID taskId, RedirectAttributes redirect) {
		return done(id, redirect, "consultation.case.taskDone", () -> cases.completeTask(id, taskId));
	}

	@PostMapping("/consultations/cases/{id}/reassign")
	String processReassign(@PathVariable UUID id, @Validated @ModelAttribute("reassignForm") ReassignForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return refused(id, redirect);
		}
		return done(id, redirect, "consultation.case.reassigned",
				() -> cases.reassign(id, form.getVersion(), form.getOwnerId(), form.getReason()));
	}

	private String showOpeningForm(UUID consultationId, Model model) {
		var consultation = consultations.get(consultationId);
		model.addAttribute("activeNav", "CONSULTATION");
		model.addAttribute("consultation", consultation);
		model.addAttribute("owners", cases.owners(consultation.regionName()));
		model.addAttribute("priorities", CasePriority.values());
		return "consultation/case-open";
	}

	/** Runs a step and redirects to the case with a flash message; a refused or stale step says so. */
	static String done(UUID id, RedirectAttributes redirect, String message, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", message);
		}
		catch (StaleRecordException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		catch (IllegalStateException | IllegalArgumentException refused) {
			redirect.addFlashAttribute("flashError", "consultation.case.refused");
		}
		return "redirect:/consultations/cases/" + id;
	}

	private static String refused(UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", "consultation.case.refused");
		return "redirect:/consultations/cases/" + id;
	}

}
