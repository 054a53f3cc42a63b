package org.tsunagu.training.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tsunagu.notification.Mail;
import org.tsunagu.notification.Notifications;
import org.tsunagu.shared.JapaneseDates;

/**
 * The applicant's mails — application received, place accepted (also when moved up from the wait list),
 * reminder before the first day — queued in the caller's transaction, so a rolled-back decision sends nothing.
 */
@Component
class TrainingMails {

	static final String RECEIVED = "training/received";

	static final String ACCEPTED = "training/accepted";

	static final String REMINDER = "training/reminder";

	private final Notifications notifications;

	private final JapaneseDates dates;

	TrainingMails(Notifications notifications, JapaneseDates dates) {
		this.notifications = notifications;
		this.dates = dates;
	}

	void received(TrainingApplication application, Offering offering) {
		send(application, offering, RECEIVED);
	}

	void accepted(TrainingApplication application, Offering offering) {
		send(application, offering, ACCEPTED);
	}

	void reminder(TrainingApplication application, Offering offering) {
		send(application, offering, REMINDER);
	}

	private void send(TrainingApplication application, Offering offering, String template) {
		LocalDate firstDay = offering.getSessions().isEmpty() ? null : offering.getSessions().get(0).getHeldOn();
		notifications.send(Mail.japanese(application.getEmail(), template, Map.of("name", application.getName(),
				"reference", application.getReferenceNumber(), "offering", offering.getTitle(), "closes",
				dates.seireki(offering.getApplicationCloses()), "firstDay", dates.seireki(firstDay), "sessions",
				sessions(offering))));
	}

	private String sessions(Offering offering) {
		if (offering.getSessions().isEmpty()) {
			return "（日程は追ってお知らせします）";
		}
		return offering.getSessions()
			.stream()
			.map(session -> "・" + dates.seireki(session.getHeldOn()) + " " + session.getStartsAt() + "〜"
					+ session.getEndsAt() + " " + session.getTitle() + "（"
					+ (session.isOnline() ? "オンライン" : session.getVenue() == null ? "会場未定" : session.getVenue()) + "）")
			.collect(Collectors.joining("\n"));
	}
}
