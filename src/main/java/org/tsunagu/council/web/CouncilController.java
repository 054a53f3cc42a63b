package org.tsunagu.council.web;

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
import org.tsunagu.council.ActionManagement;
import org.tsunagu.council.CouncilDetails;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.council.CouncilManagement;
import org.tsunagu.council.MeetingManagement;
import org.tsunagu.council.MemberField;
import org.tsunagu.council.MemberRole;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.JapaneseDates;

/**
 * 会議: the list of councils, a council's page (会議事項 and the 年度 view of those not yet dealt with,
 * members on a chosen day, meetings, 地域課題), members and settings, raising a 地域課題.
 */
@Controller
@RequestMapping("/councils")
class CouncilController {

	private final CouncilManagement councils;

	private final MeetingManagement meetings;

	private final ActionManagement actions;

	private final ReferenceData reference;

	CouncilController(CouncilManagement councils, MeetingManagement meetings, ActionManagement actions,
			ReferenceData reference) {
		this.councils = councils;
		this.meetings = meetings;
		this.actions = actions;
		this.reference = reference;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "COUNCIL");
	}

	@GetMapping
	String listCouncils(Model model) {
		model.addAttribute("councils", councils.councils());
		model.addAttribute("upcoming", meetings.meetings(null)
			.stream()
			.filter(m -> !m.heldOn().isBefore(JapaneseDates.today()))
			.toList());
		return "council/list";
	}

	@GetMapping("/{id}")
	String showCouncil(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@RequestParam(required = false) @Nullable Integer year, Model model) {
		CouncilDetails council = councils.get(id);
		LocalDate day = on == null ? JapaneseDates.today() : on;
		int fiscalYear = year == null ? fiscalYear(JapaneseDates.today()) : year;
		model.addAttribute("council", council);
		model.addAttribute("on", day);
		model.addAttribute("membersOn", councils.membersOn(id, day));
		model.addAttribute("meetings", meetings.meetings(id));
		model.addAttribute("issues", actions.issuesOf(id));
		model.addAttribute("year", fiscalYear);
		model.addAttribute("coverage", councils.coverage(id, fiscalYear));
		if (council.kind() == CouncilKind.REGION && council.mayManage() && !model.containsAttribute("issueForm")) {
			model.addAttribute("issueForm", new IssueForm());
		}
		return "council/detail";
	}

	@PostMapping("/{id}/settings")
	String changeSettings(@PathVariable UUID id, @RequestParam long version, @RequestParam String holder,
			@RequestParam(defaultValue = "false") boolean supportCouncilSection, RedirectAttributes redirect) {
		councils.changeSettings(id, version, holder, supportCouncilSection);
		redirect.addFlashAttribute("flash", "council.settings.saved");
		return "redirect:/councils/" + id;
	}

	@PostMapping("/{id}/issues")
	String raiseIssue(@PathVariable UUID id, @Validated @ModelAttribute("issueForm") IssueForm form,
			BindingResult result, RedirectAttributes redirect, Model model) {
		if (result.hasErrors()) {
			return showCouncil(id, null, null, model);
		}
		actions.raiseIssue(id, form.toInput());
		redirect.addFlashAttribute("flash", "council.issue.raised");
		return "redirect:/councils/" + id;
	}

	@GetMapping("/{id}/members/new")
	String initMemberForm(@PathVariable UUID id, Model model) {
		MemberForm form = new MemberForm();
		form.setTermFrom(JapaneseDates.today());
		model.addAttribute("memberForm", form);
		return showMemberForm(id, model);
	}

	@PostMapping("/{id}/members/new")
	String processMemberForm(@PathVariable UUID id, @Validated @ModelAttribute("memberForm") MemberForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showMemberForm(id, model);
		}
		councils.addMember(id, form.toInput());
		redirect.addFlashAttribute("flash", "council.member.added");
		return "redirect:/councils/" + id;
	}

	@PostMapping("/{id}/members/{memberId}/end")
	String endMembership(@PathVariable UUID id, @PathVariable UUID memberId, @RequestParam long version,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
			RedirectAttributes redirect) {
		councils.endMembership(memberId, version, lastDay);
		redirect.addFlashAttribute("flash", "council.member.ended");
		return "redirect:/councils/" + id;
	}

	@PostMapping("/{id}/members/{memberId}/contact")
	String changeContact(@PathVariable UUID id, @PathVariable UUID memberId, @RequestParam long version,
			@RequestParam String personName, @RequestParam(defaultValue = "") String contact,
			RedirectAttributes redirect) {
		councils.changeContact(memberId, version, personName, contact);
		redirect.addFlashAttribute("flash", "council.member.contactChanged");
		return "redirect:/councils/" + id;
	}

	private String showMemberForm(UUID id, Model model) {
		CouncilDetails council = councils.get(id);
		if (!council.mayManage()) {
			throw new org.springframework.security.access.AccessDeniedException("Council " + id + " is read-only");
		}
		model.addAttribute("council", council);
		model.addAttribute("fields", MemberField.values());
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("departments", council.kind() == CouncilKind.INTERNAL ? reference.departments(false)
				: java.util.List.of());
		return "council/member-form";
	}

	static int fiscalYear(LocalDate day) {
		return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
	}
}
