package org.tsunagu.reporting.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.reporting.MeetingStatistics;

/**
 * The button on a council meeting page: freezes the statistics for the meeting and returns to the meeting.
 */
@Controller
@RequestMapping("/reports")
class MeetingSnapshotController {

	private final MeetingStatistics statistics;

	MeetingSnapshotController(MeetingStatistics statistics) {
		this.statistics = statistics;
	}

	@PostMapping("/meeting-snapshot")
	String attachSnapshot(@RequestParam UUID meetingId, RedirectAttributes redirect) {
		statistics.attachSnapshot(meetingId);
		redirect.addFlashAttribute("flash", "reporting.snapshot.attached");
		return "redirect:/councils/meetings/" + meetingId + "#snapshots";
	}
}
