package org.tsunagu.training.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.shared.web.SubmissionThrottle;
import org.tsunagu.training.FeedbackManagement;
import org.tsunagu.training.FeedbackSummary;

import jakarta.servlet.http.HttpServletRequest;

/** The post-course questionnaire on the public site; participants identify with reference number and e-mail. */
@Controller
@RequestMapping("/public/trainings/feedback")
class PublicFeedbackController {

	private final FeedbackManagement feedback;

	private final SubmissionThrottle throttle = new SubmissionThrottle(10, Duration.ofHours(1), Clock.systemUTC());

	PublicFeedbackController(FeedbackManagement feedback) {
		this.feedback = feedback;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("publicActive", "/public/trainings");
		model.addAttribute("questions", FeedbackSummary.QUESTIONS);
	}

	@GetMapping
	String initFeedbackForm(Model model) {
		model.addAttribute("feedbackForm", new FeedbackForm());
		return "training/public/feedback";
	}

	@PostMapping
	String processFeedbackForm(@Validated @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "training/public/feedback";
		}
		if (!throttle.tryAcquire(SubmissionThrottle.clientAddress(request))) {
			model.addAttribute("flashError", "public.rateLimited");
			return "training/public/feedback";
		}
		try {
			feedback.submit(form.toInput());
		}
		catch (IllegalStateException answered) {
			result.reject("training.feedback.already");
			return "training/public/feedback";
		}
		catch (IllegalArgumentException unknown) {
			result.rejectValue("referenceNumber", "training.feedback.unknown");
			return "training/public/feedback";
		}
		redirect.addFlashAttribute("flash", "training.feedback.thanks");
		return "redirect:/public/trainings";
	}
}
