package org.tsunagu.reference.web;

import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.reference.internal.DepartmentAdministration;
import org.tsunagu.shared.StaleRecordException;

import jakarta.validation.Valid;

/**
 * 庁内連携会議 departments (別表): the list, adding one and editing one.
 */
@Controller
@RequestMapping("/admin/reference/departments")
class DepartmentController {

	private static final String LIST = "/admin/reference/departments";

	private static final String FORM_VIEW = "reference/department-form";

	private final DepartmentAdministration departments;

	DepartmentController(DepartmentAdministration departments) {
		this.departments = departments;
	}

	@ModelAttribute("activeNav")
	String activeNav() {
		return "ADMIN";
	}

	@GetMapping
	String listDepartments(Model model) {
		model.addAttribute("departments", departments.findAll());
		return "reference/departments";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		DepartmentForm form = new DepartmentForm();
		form.setSortOrder(departments.findAll().size() + 1);
		model.addAttribute("form", form);
		return FORM_VIEW;
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		departments.create(form.toChange());
		redirect.addFlashAttribute("flash", "reference.department.created");
		return "redirect:" + LIST;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", DepartmentForm.of(departments.find(id)));
		model.addAttribute("departmentId", id);
		return FORM_VIEW;
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") DepartmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("departmentId", id);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			departments.update(id, form.toChange());
		}
		catch (StaleRecordException | OptimisticLockingFailureException exception) {
			// Never overwrite: show what is stored now, so the administrator can decide again.
			model.addAttribute("form", DepartmentForm.of(departments.find(id)));
			model.addAttribute("flashError", "form.conflict");
			return FORM_VIEW;
		}
		redirect.addFlashAttribute("flash", "reference.department.saved");
		return "redirect:" + LIST;
	}
}
