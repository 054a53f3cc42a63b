package org.tsunagu.information.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.information.SurveyAnswering;
import org.tsunagu.information.SurveyAnswering.AnswerSheet;
import org.tsunagu.shared.web.SubmissionThrottle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A municipality answers a survey through its link, no account: {@code /public/surveys/r/<token>}. A link
 * that opens nothing answers the same page whatever the reason; a sender trying many links is slowed down.
 */
@Controller
class PublicSurveyController {

	private static final String UNAVAILABLE = "information/public/survey-unavailable";

	private final SurveyAnswering answering;

	private final SubmissionThrottle wrongLinks;

	PublicSurveyController(SurveyAnswering answering) {
		this.answering = answering;
		this.wrongLinks = new SubmissionThrottle(20, java.time.Duration.ofMinutes(10), java.time.Clock.systemUTC());
	}

	@GetMapping("/public/surveys/r/{token}")
	String showAnswerForm(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return answering.open(token)
			.map(sheet -> form(sheet, token, Map.of(), model))
			.orElseGet(() -> unavailable(request, response));
	}

	@PostMapping("/public/surveys/r/{token}")
	String processAnswers(@PathVariable String token, @RequestParam Map<String, String> values,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		var sheet = answering.open(token);
		if (sheet.isEmpty()) {
			return unavailable(request, response);
		}
		Map<String, String> errors = answering.answer(token, values);
		if (!errors.isEmpty()) {
			AnswerSheet entered = new AnswerSheet(sheet.get().surveyTitle(), sheet.get().description(),
					sheet.get().deadline(), sheet.get().municipalityName(), sheet.get().answered(),
					sheet.get().questions(), values);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(entered, token, errors, model);
		}
		redirect.addFlashAttribute("flash", "information.survey.answer.saved");
		return "redirect:/public/surveys/r/" + token;
	}

	private static String form(AnswerSheet sheet, String token, Map<String, String> errors, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("token", token);
		model.addAttribute("errors", errors);
		return "information/public/survey";
	}

	private String unavailable(HttpServletRequest request, HttpServletResponse response) {
		boolean allowed = wrongLinks.tryAcquire(SubmissionThrottle.clientAddress(request));
		response.setStatus(allowed ? HttpStatus.NOT_FOUND.value() : HttpStatus.TOO_MANY_REQUESTS.value());
		return UNAVAILABLE;
	}
}
