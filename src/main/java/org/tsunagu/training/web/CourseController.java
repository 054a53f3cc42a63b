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
import org.tsunagu.shared.web.StaleEdits;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.shared.StaleRecordException;

/** 研修: the offerings of a 年度 (the area's entry page) and the courses with their forms. */
@Controller
@RequestMapping("/trainings")
class CourseController {

	private static final String FORM = "training/course-form";

	private final CourseManagement courses;

	private final TrainingChoices choices;

	CourseController(CourseManagement courses, TrainingChoices choices) {
		this.courses = courses;
		this.choices = choices;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "TRAINING");
		model.addAttribute("trainingStaff", TrainingRoles.isStaff());
		model.addAttribute("seesPeople", TrainingRoles.seesPeople());
	}

	@GetMapping
	String listOfferings(@RequestParam(name = "year", required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? FiscalYears.current() : year;
		model.addAttribute("year", shown);
		model.addAttribute("years", courses.fiscalYears());
		model.addAttribute("offerings", courses.offerings(shown));
		return "training/index";
	}

	@GetMapping("/courses")
	String listCourses(Model model) {
		model.addAttribute("courses", courses.courses());
		return "training/courses";
	}

	@GetMapping("/courses/new")
	String initCreationForm(Model model) {
		TrainingRoles.requireStaff();
		model.addAttribute("courseForm", new CourseForm());
		return showForm(model, null);
	}

	@PostMapping("/courses/new")
	String processCreationForm(@Validated @ModelAttribute("courseForm") CourseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		courses.createCourse(form.toInput());
		redirect.addFlashAttribute("flash", "training.course.created");
		return "redirect:/trainings/courses";
	}

	@GetMapping("/courses/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		TrainingRoles.requireStaff();
		model.addAttribute("courseForm", CourseForm.of(courses.course(id)));
		return showForm(model, id);
	}

	@PostMapping("/courses/{id}/edit")
	String processUpdateForm(@PathVariable UUID id, @Validated @ModelAttribute("courseForm") CourseForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, id);
		}
		try {
			courses.updateCourse(id, form.getVersion(), form.toInput());
		}
		catch (StaleRecordException stale) {
			StaleEdits.reapply(model, form, CourseForm.of(courses.course(id)), "training.course");
			return showForm(model, id);
		}
		catch (IllegalArgumentException invalid) {
			result.rejectValue("prerequisiteKind", "training.course.prerequisite.self");
			return showForm(model, id);
		}
		redirect.addFlashAttribute("flash", "training.course.updated");
		return "redirect:/trainings/courses";
	}

	private String showForm(Model model, @Nullable UUID id) {
		model.addAttribute("courseId", id);
		model.addAttribute("creating", id == null);
		choices.addTo(model);
		return FORM;
	}
}
