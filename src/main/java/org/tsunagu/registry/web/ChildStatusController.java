package org.tsunagu.registry.web;

import java.util.UUID;

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
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;

/**
 * 状態の変更: a child moves out, reaches 18 and moves to adult services, or dies. The date and reason are kept.
 */
@Controller
@RequestMapping("/children/{id}/status")
class ChildStatusController {

	private static final String VIEW = "registry/status";

	private final ChildManagement children;

	ChildStatusController(ChildManagement children) {
		this.children = children;
	}

	@ModelAttribute
	void addCommon(@PathVariable UUID id, Model model) {
		model.addAttribute("activeNav", "REGISTRY");
		model.addAttribute("statuses", ChildStatus.values());
		model.addAttribute("child", children.get(id));
	}

	@GetMapping
	String initStatusForm(Model model) {
		ChildDetails child = (ChildDetails) model.getAttribute("child");
		StatusForm form = new StatusForm();
		form.setStatus(child.status());
		form.setDate(JapaneseDates.today());
		form.setVersion(child.version());
		model.addAttribute("statusForm", form);
		return VIEW;
	}

	@PostMapping
	String processStatusForm(@PathVariable UUID id, @Validated @ModelAttribute("statusForm") StatusForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			children.changeStatus(id, form.getVersion(), form.getStatus(), form.getDate(), form.getReason());
		}
		catch (StaleRecordException stale) {
			model.addAttribute("flashError", "form.conflict");
			return VIEW;
		}
		catch (IllegalStateException deceased) {
			result.rejectValue("status", "registry.statusForm.deceased");
			return VIEW;
		}
		redirect.addFlashAttribute("flash", "registry.statusChanged");
		return "redirect:/children/" + id;
	}
}
