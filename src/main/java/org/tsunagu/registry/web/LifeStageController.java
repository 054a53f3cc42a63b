package org.tsunagu.registry.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.LifeStage;
import org.tsunagu.registry.LifeStageManagement;
import org.tsunagu.registry.LifeStageTimeline;
import org.tsunagu.registry.ReferralOutcome;
import org.tsunagu.registry.TransitionNotApplicableException;
import org.tsunagu.registry.TransitionTopic;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.shared.JapaneseDates;

/**
 * ライフステージ: a child's timeline, recording a stage, the 移行期 checklist and referral, and the list of
 * handovers due.
 */
@Controller
@RequestMapping("/children")
class LifeStageController {

	private static final String VIEW = "registry/life-stages";

	private final ChildManagement children;

	private final LifeStageManagement stages;

	LifeStageController(ChildManagement children, LifeStageManagement stages) {
		this.children = children;
		this.stages = stages;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "REGISTRY");
		model.addAttribute("today", JapaneseDates.today());
		model.addAttribute("mayEdit", RegistryChoices.mayEdit());
	}

	@GetMapping("/alerts")
	String listAlerts(Model model) {
		model.addAttribute("alerts", stages.alerts());
		return "registry/alerts";
	}

	@GetMapping("/{id}/life-stages")
	String showTimeline(@PathVariable UUID id, @RequestParam(required = false) @Nullable LifeStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate planned,
			Model model) {
		LifeStageEventForm form = new LifeStageEventForm();
		form.setStage(stage);
		form.setPlannedDate(planned);
		model.addAttribute("lifeStageEventForm", form);
		return showPage(id, model);
	}

	@PostMapping("/{id}/life-stages")
	String processEventForm(@PathVariable UUID id,
			@Validated @ModelAttribute("lifeStageEventForm") LifeStageEventForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				stages.recordEvent(id, form.getStage(), form.getPlannedDate(), form.getActualDate(), form.getNotes());
				redirect.addFlashAttribute("flash", "registry.lifeStage.saved");
				return "redirect:/children/" + id + "/life-stages";
			}
			catch (IllegalArgumentException future) {
				result.rejectValue("actualDate", "registry.lifeStage.actualDate.future");
			}
		}
		return showPage(id, model);
	}

	@PostMapping("/{id}/transition/items")
	String processChecklistItem(@PathVariable UUID id, @RequestParam TransitionTopic topic,
			@RequestParam(defaultValue = "false") boolean done, RedirectAttributes redirect) {
		stages.recordChecklistItem(id, topic, done, null);
		redirect.addFlashAttribute("flash", "registry.transition.saved");
		return "redirect:/children/" + id + "/life-stages";
	}

	@PostMapping("/{id}/transition/referral")
	String processReferralForm(@PathVariable UUID id,
			@Validated @ModelAttribute("transitionReferralForm") TransitionReferralForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				stages.saveReferral(id, form.getVersion(), form.toInput());
				redirect.addFlashAttribute("flash", "registry.transition.saved");
				return "redirect:/children/" + id + "/life-stages";
			}
			catch (StaleRecordException stale) {
				model.addAttribute("flashError", "form.conflict");
			}
			catch (TransitionNotApplicableException tooYoung) {
				result.rejectValue("referredOn", "registry.transition.tooYoung");
			}
			catch (IllegalArgumentException beforeReferral) {
				result.rejectValue("outcomeDate", "registry.transition.outcomeDate.beforeReferral");
			}
		}
		model.addAttribute("lifeStageEventForm", new LifeStageEventForm());
		return showPage(id, model);
	}

	private String showPage(UUID id, Model model) {
		model.addAttribute("child", children.get(id));
		LifeStageTimeline timeline = stages.timeline(id);
		model.addAttribute("timeline", timeline);
		model.addAttribute("lifeStages", LifeStage.values());
		model.addAttribute("outcomes", ReferralOutcome.values());
		if (!model.containsAttribute("transitionReferralForm")) {
			model.addAttribute("transitionReferralForm", TransitionReferralForm.of(timeline.referral(), timeline.referralVersion()));
		}
		return VIEW;
	}
}
