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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.DispatchManagement;
import org.tsunagu.consultation.DispatchStatus;
import org.tsunagu.identity.CurrentUsers;
import org.tsunagu.identity.Role;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.Htmx;

import jakarta.servlet.http.HttpServletRequest;

/**
 * スーパーバイザー派遣: the list per supervisor and month, the request form, and a dispatch's page with its steps
 * (decision by the センター長, supervisor and date, visit record, follow-up).
 */
@Controller
@RequestMapping("/consultations/dispatches")
class DispatchController {

	private final DispatchManagement dispatches;

	private final ReferenceData reference;

	DispatchController(DispatchManagement dispatches, ReferenceData reference) {
		this.dispatches = dispatches;
		this.reference = reference;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "CONSULTATION");
		var scope = CurrentUsers.require().scope();
		model.addAttribute("regions",
				reference.regions(false).stream().filter(region -> scope.permitsRegion(region.name())).toList());
		model.addAttribute("statuses", DispatchStatus.values());
	}

	@GetMapping
	String listDispatches(@ModelAttribute("filter") DispatchFilterForm filter,
			@PageableDefault(size = 20, sort = "requestedOn", direction = Sort.Direction.DESC) Pageable pageable,
			HttpServletRequest request, Model model) {
		model.addAttribute("page", dispatches.search(filter.toFilter(), pageable));
		return Htmx.view(request, "consultation/dispatches", "results");
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		DispatchRequestForm form = new DispatchRequestForm();
		form.setRequestedOn(JapaneseDates.today());
		model.addAttribute("dispatchForm", form);
		return "consultation/dispatch-form";
	}

	@PostMapping("/new")
	String processCreationForm(@Validated @ModelAttribute("dispatchForm") DispatchRequestForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "consultation/dispatch-form";
		}
		UUID id = dispatches.request(form.toRequest());
		redirect.addFlashAttribute("flash", "consultation.dispatch.created");
		return "redirect:/consultations/dispatches/" + id;
	}

	@GetMapping("/{id}")
	String showDispatch(@PathVariable UUID id, Model model) {
		var dispatch = dispatches.get(id);
		model.addAttribute("dispatch", dispatch);
		model.addAttribute("nurses", dispatches.nurses());
		model.addAttribute("director", CurrentUsers.require().role() == Role.CENTER_DIRECTOR);
		DispatchStepForm step = new DispatchStepForm();
		step.setVersion(dispatch.version());
		step.setVisitOn(dispatch.visitOn());
		model.addAttribute("stepForm", step);
		return "consultation/dispatch";
	}

	@PostMapping("/{id}/decision")
	String processDecision(@PathVariable UUID id, @ModelAttribute DispatchStepForm form, RedirectAttributes redirect) {
		return step(id, redirect, () -> dispatches.decide(id, form.getVersion(), form.isApproved(), form.getComment()));
	}

	@PostMapping("/{id}/assignment")
	String processAssignment(@PathVariable UUID id, @ModelAttribute DispatchStepForm form,
			RedirectAttributes redirect) {
		if (form.getVisitOn() == null) {
			redirect.addFlashAttribute("flashError", "consultation.dispatch.refused");
			return "redirect:/consultations/dispatches/" + id;
		}
		return step(id, redirect, () -> dispatches.assign(id, form.getVersion(), form.getNurseId(),
				form.getDoctorName(), form.getVisitOn()));
	}

	@PostMapping("/{id}/visit")
	String processVisit(@PathVariable UUID id, @ModelAttribute DispatchStepForm form, RedirectAttributes redirect) {
		return step(id, redirect, () -> dispatches.recordVisit(id, form.getVersion(), form.getText()));
	}

	@PostMapping("/{id}/follow-up")
	String processFollowUp(@PathVariable UUID id, @ModelAttribute DispatchStepForm form, RedirectAttributes redirect) {
		return step(id, redirect, () -> dispatches.recordFollowUp(id, form.getVersion(), form.getText()));
	}

	private static String step(UUID id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", "consultation.dispatch.updated");
		}
		catch (StaleRecordException stale) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		catch (IllegalStateException | IllegalArgumentException refused) {
			redirect.addFlashAttribute("flashError", "consultation.dispatch.refused");
		}
		return "redirect:/consultations/dispatches/" + id;
	}
}
