package org.tsunagu.training.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.SessionView;

/**
 * The training calendar: a month view for staff, and iCalendar files anyone can subscribe to or download —
 * the feed of sessions from a month back to a year ahead, and one session.
 */
@Controller
class CalendarController {

	private final CourseManagement courses;

	private final SessionCalendar calendar;

	CalendarController(CourseManagement courses, SessionCalendar calendar) {
		this.courses = courses;
		this.calendar = calendar;
	}

	/** One week row of the month view; days outside the month are null. */
	record Week(List<@Nullable Day> days) {
	}

	/** One day cell with its sessions. */
	record Day(LocalDate date, List<SessionView> sessions) {
	}

	@GetMapping("/trainings/calendar")
	String showMonth(@RequestParam(name = "month", required = false) @Nullable YearMonth month, Model model) {
		YearMonth shown = month == null ? YearMonth.from(JapaneseDates.today()) : month;
		List<SessionView> sessions = courses.sessionsBetween(shown.atDay(1), shown.atEndOfMonth());
		Map<LocalDate, List<SessionView>> byDay = sessions.stream().collect(Collectors.groupingBy(SessionView::heldOn));
		List<Week> weeks = new ArrayList<>();
		LocalDate start = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
		for (LocalDate weekStart = start; !weekStart.isAfter(shown.atEndOfMonth()); weekStart = weekStart.plusWeeks(1)) {
			List<@Nullable Day> days = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate day = weekStart.plusDays(i);
				days.add(YearMonth.from(day).equals(shown) ? new Day(day, byDay.getOrDefault(day, List.of())) : null);
			}
			weeks.add(new Week(days));
		}
		model.addAttribute("activeNav", "TRAINING");
		model.addAttribute("month", shown);
		model.addAttribute("weeks", weeks);
		model.addAttribute("sessions", sessions);
		return "training/calendar";
	}

	@GetMapping("/public/trainings/calendar.ics")
	ResponseEntity<String> downloadFeed() {
		LocalDate today = JapaneseDates.today();
		return ics(calendar.write(courses.sessionsBetween(today.minusMonths(1), today.plusYears(1))), "trainings.ics");
	}

	@GetMapping("/public/trainings/sessions/{id}.ics")
	ResponseEntity<String> downloadSession(@PathVariable UUID id) {
		return ics(calendar.write(List.of(courses.session(id))), "training-session.ics");
	}

	private static ResponseEntity<String> ics(String body, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(SessionCalendar.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(body);
	}
}
