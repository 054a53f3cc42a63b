package org.tsunagu.consultation.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.CaseApprovals;

/**
 * Closing a case (request, the センター長's approval or return), reopening, and hand-overs to another 圏域 with
 * the receiver's accept or return. Each step is on the case's timeline.
 */
@Controller
@RequestMapping("/consultations/cases/{id}")
class CaseApprovalController {

	private final CaseApprovals approvals;

	CaseApprovalController(CaseApprovals approvals) {
		this.approvals = approvals;
	}

	@PostMapping("/close-request")
	String processCloseRequest(@PathVariable UUID id, @ModelAttribute CaseStepForm form, RedirectAttributes redirect) {
		boolean[] closed = new boolean[1];
		String view = CaseController.done(id, redirect, "consultation.case.closeRequested",
				() -> closed[0] = approvals.requestClose(id, form.getVersion(), form.getComment()));
		if (closed[0]) {
			redirect.addFlashAttribute("flash", "consultation.case.closed");
		}
		return view;
	}

	@PostMapping("/close-decision")
	String processCloseDecision(@PathVariable UUID id, @ModelAttribute CaseStepForm form,
			@RequestParam boolean approve, RedirectAttributes redirect) {
		if (approve) {
			return CaseController.done(id, redirect, "consultation.case.closed",
					() -> approvals.approveClose(id, form.getVersion(), form.getComment()));
		}
		return CaseController.done(id, redirect, "consultation.case.closeReturned",
				() -> approvals.returnClose(id, form.getVersion(), form.getComment()));
	}

	@PostMapping("/reopen")
	String processReopen(@PathVariable UUID id, @ModelAttribute CaseStepForm form, RedirectAttributes redirect) {
		return CaseController.done(id, redirect, "consultation.case.reopened",
				() -> approvals.reopen(id, form.getVersion(), form.getComment()));
	}

	@PostMapping("/handover")
	String processHandover(@PathVariable UUID id, @ModelAttribute CaseStepForm form, RedirectAttributes redirect) {
		return CaseController.done(id, redirect, "consultation.case.handedOver", () -> approvals.handOver(id,
				form.getVersion(), form.getRegion() == null ? "" : form.getRegion(), form.getComment()));
	}

	@PostMapping("/handover-decision")
	String processHandoverDecision(@PathVariable UUID id, @ModelAttribute CaseStepForm form,
			@RequestParam boolean accept, RedirectAttributes redirect) {
		if (accept) {
			return CaseController.done(id, redirect, "consultation.case.handoverAccepted",
					() -> approvals.acceptHandover(id, form.getVersion(), form.getComment()));
		}
		return CaseController.done(id, redirect, "consultation.case.handoverReturned",
				() -> approvals.returnHandover(id, form.getVersion(), form.getComment()));
	}
}
