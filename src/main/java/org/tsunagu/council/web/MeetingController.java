package org.tsunagu.council.web;

import java.io.IOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.council.ActionManagement;
import org.tsunagu.council.CouncilDetails;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.council.CouncilManagement;
import org.tsunagu.council.MeetingDetails;
import org.tsunagu.council.MeetingManagement;
import org.tsunagu.council.MeetingSnapshots;
import org.tsunagu.council.AttendanceStatus;

/**
 * A meeting: scheduling, agenda, notice (PDF and .ics), attendance, minutes, materials, actions and the
 * public summary. On a 全県会議 meeting also the proposed 地域課題 to put on its agenda and answer.
 */
@Controller
@RequestMapping("/councils")
class MeetingController {

	private static final String FORM = "council/meeting-form";

	private final MeetingManagement meetings;

	private final CouncilManagement councils;

	private final ActionManagement actions;

	private final MeetingSnapshots snapshots;

	MeetingController(MeetingManagement meetings, CouncilManagement councils, ActionManagement actions,
			MeetingSnapshots snapshots) {
		this.meetings = meetings;
		this.councils = councils;
		this.actions = actions;
		this.snapshots = snapshots;
	}

	@ModelAttribute
	void addCommon(Model model) {
		model.addAttribute("activeNav", "COUNCIL");
	}

	@GetMapping("/{councilId}/meetings/new")
	String initCreationForm(@PathVariable UUID councilId, Model model) {
		model.addAttribute("meetingForm", new MeetingForm());
		return showForm(councilId, null, model);
	}

	@PostMapping("/{councilId}/meetings/new")
	String processCreationForm(@PathVariable UUID councilId, @Validated @ModelAttribute("meetingForm") MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(councilId, null, model);
		}
		UUID id = meetings.schedule(councilId, form.toInput());
		redirect.addFlashAttribute("flash", "council.meeting.scheduled");
		return "redirect:/councils/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/edit")
	String initUpdateForm(@PathVariable UUID id, Model model) {
		MeetingDetails meeting = meetings.get(id);
		model.addAttribute("meetingForm", MeetingForm.of(meeting));
		return showForm(meeting.councilId(), id, model);
	}

	@PostMapping("/meetings/{id}/edit")
	String processUpdateForm(@PathVariable UUID id, @Validated @ModelAttribute("meetingForm") MeetingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(meetings.get(id).councilId(), id, model);
		}
		meetings.reschedule(id, form.getVersion(), form.toInput());
		redirect.addFlashAttribute("flash", "council.meeting.saved");
		return "redirect:/councils/meetings/" + id;
	}

	@GetMapping("/meetings/{id}")
	String showMeeting(@PathVariable UUID id, Model model) {
		MeetingDetails meeting = meetings.get(id);
		CouncilDetails council = councils.get(meeting.councilId());
		model.addAttribute("meeting", meeting);
		model.addAttribute("council", council);
		model.addAttribute("actions", actions.actionsOfMeeting(id));
		model.addAttribute("snapshots", snapshots.snapshots(id));
		model.addAttribute("statuses", AttendanceStatus.values());
		if (meeting.mayManage()) {
			addFormIfMissing(model, "agendaItemForm", () -> {
				AgendaItemForm form = new AgendaItemForm();
				form.setVersion(meeting.version());
				return form;
			});
			addFormIfMissing(model, "actionForm", ActionForm::new);
			model.addAttribute("attendanceForm", AttendanceForm.of(meeting));
		}
		if (meeting.councilKind() == CouncilKind.PREFECTURE) {
			model.addAttribute("proposals", actions.proposals());
			model.addAttribute("issuesOnAgenda", actions.issuesOf(meeting.councilId())
				.stream()
				.filter(issue -> id.equals(issue.prefectureMeetingId()))
				.toList());
		}
		return "council/meeting";
	}

	@PostMapping("/meetings/{id}/agenda")
	String addAgendaItem(@PathVariable UUID id, @Validated @ModelAttribute("agendaItemForm") AgendaItemForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showMeeting(id, model);
		}
		meetings.addAgendaItem(id, form.getVersion(), form.toInput());
		redirect.addFlashAttribute("flash", "council.agenda.added");
		return "redirect:/councils/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/attendance")
	String recordAttendance(@PathVariable UUID id, @Validated @ModelAttribute("attendanceForm") AttendanceForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "council.attendance.proxyName.required");
			return "redirect:/councils/meetings/" + id;
		}
		meetings.recordAttendance(id, form.getVersion(), form.toInputs());
		redirect.addFlashAttribute("flash", "council.attendance.saved");
		return "redirect:/councils/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/notice-sent")
	String markNoticeSent(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		meetings.markNoticeSent(id, version);
		redirect.addFlashAttribute("flash", "council.notice.marked");
		return "redirect:/councils/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/notice.pdf")
	ResponseEntity<byte[]> downloadNotice(@PathVariable UUID id) {
		return Downloads.attachment(meetings.notice(id));
	}

	@GetMapping("/meetings/{id}/invitation.ics")
	ResponseEntity<byte[]> downloadInvitation(@PathVariable UUID id) {
		return Downloads.attachment(meetings.invitation(id));
	}

	@PostMapping("/meetings/{id}/minutes")
	String changeMinutes(@PathVariable UUID id, @RequestParam long version, @RequestParam String step,
			@RequestParam(defaultValue = "") String minutes, RedirectAttributes redirect) {
		switch (step) {
			case "save" -> meetings.saveMinutes(id, version, minutes);
			case "check" -> meetings.checkMinutes(id, version);
			case "approve" -> meetings.approveMinutes(id, version);
			default -> throw new IllegalArgumentException("Unknown step " + step);
		}
		redirect.addFlashAttribute("flash", "council.minutes." + step + ".done");
		return "redirect:/councils/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/summary")
	String changeSummary(@PathVariable UUID id, @RequestParam long version, @RequestParam String step,
			@RequestParam(defaultValue = "") String summary, RedirectAttributes redirect) {
		if ("publish".equals(step)) {
			meetings.publishSummary(id, version);
		}
		else {
			meetings.savePublicSummary(id, version, summary);
		}
		redirect.addFlashAttribute("flash", "publish".equals(step) ? "council.summary.published" : "council.summary.saved");
		return "redirect:/councils/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/materials")
	String uploadMaterial(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable UUID agendaItemId, RedirectAttributes redirect)
			throws IOException {
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		meetings.uploadMaterial(id, agendaItemId, name, file.getBytes());
		redirect.addFlashAttribute("flash", "council.material.uploaded");
		return "redirect:/councils/meetings/" + id;
	}

	@GetMapping("/materials/{materialId}")
	ResponseEntity<byte[]> downloadMaterial(@PathVariable UUID materialId) {
		return Downloads.attachment(meetings.material(materialId));
	}

	@PostMapping("/meetings/{id}/actions")
	String addAction(@PathVariable UUID id, @Validated @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showMeeting(id, model);
		}
		actions.addAction(id, java.util.Objects.requireNonNull(form.getAgendaItemId()), form.toInput());
		redirect.addFlashAttribute("flash", "council.action.added");
		return "redirect:/councils/meetings/" + id;
	}

	private String showForm(UUID councilId, @Nullable UUID meetingId, Model model) {
		CouncilDetails council = councils.get(councilId);
		if (!council.mayManage()) {
			throw new org.springframework.security.access.AccessDeniedException("Council " + councilId + " is read-only");
		}
		model.addAttribute("council", council);
		model.addAttribute("meetingId", meetingId);
		return FORM;
	}

	private static void addFormIfMissing(Model model, String name, java.util.function.Supplier<Object> form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form.get());
		}
	}
}
