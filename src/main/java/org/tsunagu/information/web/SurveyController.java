package org.tsunagu.information.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tsunagu.information.IssuedLink;
import org.tsunagu.information.QuestionKind;
import org.tsunagu.information.SurveyManagement;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.web.RecentAuthenticationRequired;

/**
 * 地域状況調査 for staff: list, the question form, opening (the links are shown once), the status board with
 * reminders and new links, results by 圏域 and the Excel export.
 */
@Controller
@RequestMapping("/information/surveys")
class SurveyController {

	private static final String FORM = "information/survey-form";

	private final SurveyManagement surveys;

	private final ReferenceData reference;

	SurveyController(SurveyManagement surveys, ReferenceData reference) {
		this.surveys = surveys;
		this.reference = reference;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "INFORMATION");
		model.addAttribute("questionKinds", QuestionKind.values());
	}

	@GetMapping
	String listSurveys(Model model) {
		model.addAttribute("surveys", surveys.list());
		return "information/surveys";
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		Map<Integer, String> care = new TreeMap<>();
		reference.careScoreItems().forEach(item -> care.putIfAbsent(item.itemNo(), shortLabel(item.category())));
		model.addAttribute("surveyForm", SurveyForm.starter(JapaneseDates.today().plusWeeks(4), List.copyOf(care.values())));
		return showForm(model, true);
	}

	@PostMapping("/new")
	String processCreationForm(@Validated @ModelAttribute("surveyForm") SurveyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, true);
		}
		UUID id = surveys.create(form.toInput());
		redirect.addFlashAttribute("flash", "information.survey.created");
		return "redirect:/information/surveys/" + id;
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		model.addAttribute("surveyForm", SurveyForm.of(surveys.get(id)));
		model.addAttribute("surveyId", id);
		return showForm(model, false);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable UUID id, @Validated @ModelAttribute("surveyForm") SurveyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("surveyId", id);
		if (result.hasErrors()) {
			return showForm(model, false);
		}
		try {
			surveys.update(id, form.getVersion(), form.toInput());
		}
		catch (StaleRecordException stale) {
			model.addAttribute("flashError", "form.conflict");
			return showForm(model, false);
		}
		redirect.addFlashAttribute("flash", "information.updated");
		return "redirect:/information/surveys/" + id;
	}

	@GetMapping("/{id}")
	String showSurvey(@PathVariable UUID id, Model model) {
		model.addAttribute("survey", surveys.get(id));
		model.addAttribute("board", surveys.board(id));
		return "information/survey";
	}

	/** Opens the survey and shows every link once: only their hashes are kept. */
	@PostMapping("/{id}/open")
	String openSurvey(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String contacts, Model model, RedirectAttributes redirect) {
		List<IssuedLink> links;
		try {
			links = surveys.open(id, version, parseContacts(contacts));
		}
		catch (StaleRecordException | IllegalStateException refused) {
			redirect.addFlashAttribute("flashError", "information.survey.openRefused");
			return "redirect:/information/surveys/" + id;
		}
		return showLinks(id, links, "information.survey.opened", model);
	}

	@PostMapping("/{id}/respondents/{respondentId}/link")
	String reissueLink(@PathVariable UUID id, @PathVariable UUID respondentId, Model model) {
		return showLinks(id, List.of(surveys.reissue(id, respondentId)), "information.survey.reissued", model);
	}

	@PostMapping("/{id}/remind")
	String remind(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			int count = surveys.remind(id).size();
			redirect.addFlashAttribute("flash", "information.survey.reminded");
			redirect.addFlashAttribute("remindedCount", count);
		}
		catch (IllegalStateException closed) {
			redirect.addFlashAttribute("flashError", "information.survey.notOpen");
		}
		return "redirect:/information/surveys/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			surveys.close(id, version);
			redirect.addFlashAttribute("flash", "information.survey.closed");
		}
		catch (StaleRecordException | IllegalStateException refused) {
			redirect.addFlashAttribute("flashError", "form.conflict");
		}
		return "redirect:/information/surveys/" + id;
	}

	@GetMapping("/{id}/results")
	String showResults(@PathVariable UUID id, Model model) {
		model.addAttribute("survey", surveys.get(id));
		model.addAttribute("results", surveys.results(id));
		return "information/survey-results";
	}

	@RecentAuthenticationRequired
	@GetMapping("/{id}/results.xlsx")
	ResponseEntity<byte[]> exportResults(@PathVariable UUID id) {
		byte[] workbook = surveys.exportExcel(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("survey-" + JapaneseDates.today() + ".xlsx")
				.build()
				.toString())
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(workbook);
	}

	private String showLinks(UUID id, List<IssuedLink> links, String flash, Model model) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		model.addAttribute("survey", surveys.get(id));
		model.addAttribute("links", links);
		model.addAttribute("base", base);
		model.addAttribute("flash", flash);
		return "information/survey-links";
	}

	private String showForm(Model model, boolean creating) {
		model.addAttribute("creating", creating);
		Object form = model.getAttribute("surveyForm");
		if (form instanceof SurveyForm surveyForm && surveyForm.getQuestions().stream().allMatch(q -> !q.getLabel().isBlank())) {
			surveyForm.withBlankRows();
		}
		return FORM;
	}

	/** Lines of 市町村コード (or name), comma, mail address. */
	static Map<String, String> parseContacts(String text) {
		Map<String, String> contacts = new LinkedHashMap<>();
		for (String line : text.split("\\R")) {
			String[] parts = line.split("[,，\\t]", 2);
			if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
				contacts.put(parts[0].strip(), parts[1].strip());
			}
		}
		return contacts;
	}

	private static String shortLabel(String category) {
		int bracket = category.indexOf(" (");
		return bracket > 0 ? category.substring(0, bracket) : category;
	}
}
