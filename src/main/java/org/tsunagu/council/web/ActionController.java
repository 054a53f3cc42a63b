package org.tsunagu.council.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.council.ActionManagement;
import org.tsunagu.council.ActionStatus;
import org.tsunagu.council.CouncilManagement;

/**
 * The board of open actions by council and owner (overdue first) and the 地域課題 steps of the prefecture:
 * putting a proposal on a 全県会議 agenda and answering it.
 */
@Controller
@RequestMapping("/councils")
class ActionController {

	private final ActionManagement actions;

	private final CouncilManagement councils;

	ActionController(ActionManagement actions, CouncilManagement councils) {
		this.actions = actions;
		this.councils = councils;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "COUNCIL");
	}

	@GetMapping("/actions")
	String showBoard(@RequestParam(required = false) @Nullable UUID council,
			@RequestParam(defaultValue = "false") boolean done, Model model) {
		model.addAttribute("actions", actions.actions(council, done));
		var visible = councils.councils();
		model.addAttribute("councils", visible);
		model.addAttribute("manageable", visible.stream().filter(c -> c.mayManage()).map(c -> c.id()).toList());
		model.addAttribute("selectedCouncil", council);
		model.addAttribute("done", done);
		model.addAttribute("statuses", ActionStatus.values());
		return "council/actions";
	}

	@PostMapping("/actions/{id}/status")
	String changeStatus(@PathVariable UUID id, @RequestParam long version, @RequestParam ActionStatus status,
			@RequestParam(defaultValue = "/councils/actions") String back, RedirectAttributes redirect) {
		actions.changeStatus(id, version, status);
		redirect.addFlashAttribute("flash", "council.action.statusChanged");
		return "redirect:" + (back.startsWith("/councils") ? back : "/councils/actions");
	}

	@PostMapping("/issues/{id}/agenda")
	String putOnAgenda(@PathVariable UUID id, @RequestParam long version, @RequestParam UUID meetingId,
			RedirectAttributes redirect) {
		actions.putOnAgenda(id, version, meetingId);
		redirect.addFlashAttribute("flash", "council.issue.onAgenda");
		return "redirect:/councils/meetings/" + meetingId;
	}

	@PostMapping("/issues/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam long version, @RequestParam String answer,
			@RequestParam UUID meetingId, RedirectAttributes redirect) {
		actions.answer(id, version, answer);
		redirect.addFlashAttribute("flash", "council.issue.answered");
		return "redirect:/councils/meetings/" + meetingId;
	}
}
