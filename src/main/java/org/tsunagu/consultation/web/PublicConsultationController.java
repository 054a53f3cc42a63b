package org.tsunagu.consultation.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.consultation.PublicConsultationIntake;
import org.tsunagu.consultation.internal.UnknownPlaceException;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.shared.web.SubmissionThrottle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 相談フォーム on the public site (no login): a family or supporter asks for a consultation and gets a
 * reference number. The answer is the same whatever exists already; a filled trap field gets a decoy number
 * and stores nothing; one address may send only a few submissions an hour.
 */
@Controller
@RequestMapping(PublicConsultationConfiguration.PATH)
class PublicConsultationController {

	private static final String FORM = "consultation/public-form";

	private final PublicConsultationIntake intake;

	private final ReferenceData reference;

	private final SubmissionThrottle throttle;

	PublicConsultationController(PublicConsultationIntake intake, ReferenceData reference,
			@Qualifier("consultationFormThrottle") SubmissionThrottle consultationFormThrottle) {
		this.intake = intake;
		this.reference = reference;
		this.throttle = consultationFormThrottle;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("publicActive", PublicConsultationConfiguration.PATH);
	}

	@GetMapping
	String initCreationForm(Model model) {
		model.addAttribute("publicConsultationForm", new PublicConsultationForm());
		return showForm(model);
	}

	@PostMapping
	String processCreationForm(@Validated @ModelAttribute("publicConsultationForm") PublicConsultationForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model);
		}
		if (!throttle.tryAcquire(SubmissionThrottle.clientAddress(request))) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("flashError", "public.rateLimited");
			return showForm(model);
		}
		String number;
		if (form.isTrapFilled()) {
			number = intake.decoyReferenceNumber();
		}
		else {
			try {
				number = intake.submit(form.toRequest());
			}
			catch (UnknownPlaceException unknown) {
				result.rejectValue("municipalityCode", "consultation.public.place.unknown");
				return showForm(model);
			}
		}
		redirect.addFlashAttribute("referenceNumber", number);
		return "redirect:" + PublicConsultationConfiguration.PATH + "/sent";
	}

	/** The confirmation: the reference number comes only from this browser's own submission (flash). */
	@GetMapping("/sent")
	String showConfirmation() {
		return "consultation/public-sent";
	}

	private String showForm(Model model) {
		List<RegionView> regions = reference.regions(false);
		model.addAttribute("regions", regions);
		model.addAttribute("municipalitiesByRegion", reference.activeMunicipalitiesByRegion(regions));
		model.addAttribute("relations", ConsulterType.values());
		model.addAttribute("topics", ConsultationTopic.values());
		return FORM;
	}
}
