package org.tsunagu.consultation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.CaseNotices;

/**
 * メール通知の設定: each staff member opts in (or out) of case notices by e-mail for themselves.
 */
@Controller
@RequestMapping("/consultations/notices")
class NoticeController {

	private static final String FORM = "consultation/notices";

	private final CaseNotices notices;

	NoticeController(CaseNotices notices) {
		this.notices = notices;
	}

	@GetMapping
	String initUpdateForm(Model model) {
		model.addAttribute("activeNav", "CONSULTATION");
		model.addAttribute("noticeForm",
				notices.mySettings().map(NoticeSettingsForm::of).orElseGet(NoticeSettingsForm::new));
		return FORM;
	}

	@PostMapping
	String processUpdateForm(@Validated @ModelAttribute("noticeForm") NoticeSettingsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("activeNav", "CONSULTATION");
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			notices.saveMySettings(form.toSettings());
		}
		catch (IllegalArgumentException invalid) {
			result.rejectValue("email", "consultation.notice.email.invalid");
			return FORM;
		}
		redirect.addFlashAttribute("flash", "consultation.notice.saved");
		return "redirect:/consultations/notices";
	}
}
