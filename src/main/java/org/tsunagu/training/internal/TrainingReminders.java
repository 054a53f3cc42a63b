package org.tsunagu.training.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.SchedulerLocks;
import org.tsunagu.training.ApplicationStatus;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Every morning, reminds accepted participants of offerings whose first session is within the next
 * {@code tsunagu.training.reminder-days} days; each participant once.
 */
@Component
class TrainingReminders {

	private static final Logger log = LoggerFactory.getLogger(TrainingReminders.class);

	private final OfferingRepository offerings;

	private final TrainingApplicationRepository applications;

	private final TrainingMails mails;

	private final Clock clock;

	private final int days;

	TrainingReminders(OfferingRepository offerings, TrainingApplicationRepository applications, TrainingMails mails,
			Clock clock, @Value("${tsunagu.training.reminder-days:3}") int days) {
		this.offerings = offerings;
		this.applications = applications;
		this.mails = mails;
		this.clock = clock;
		this.days = days;
	}

	/** Once per morning across all nodes; the transaction is this method's (a call within the class skips remindDue's). */
	@Scheduled(cron = "${tsunagu.training.reminder-cron:0 0 8 * * *}", zone = "Asia/Tokyo")
	@SchedulerLock(name = "training-reminders", lockAtLeastFor = SchedulerLocks.AT_LEAST_FOR,
			lockAtMostFor = SchedulerLocks.AT_MOST_FOR)
	@Transactional
	void remindDaily() {
		int sent = remindDue();
		if (sent > 0) {
			log.info("Queued {} training reminders", sent);
		}
	}

	/** Queues the reminders due today; answers how many. */
	@Transactional
	int remindDue() {
		LocalDate today = LocalDate.now(clock.withZone(JapaneseDates.JST));
		int sent = 0;
		for (Offering offering : offerings.findWithSessionsBetween(today, today.plusDays(days))) {
			LocalDate first = offering.getSessions().get(0).getHeldOn();
			if (first.isBefore(today) || first.isAfter(today.plusDays(days))) {
				continue;
			}
			for (TrainingApplication application : applications
				.findByOfferingIdAndStatusOrderByName(offering.getId(), ApplicationStatus.ACCEPTED)) {
				if (application.getRemindedAt() == null) {
					mails.reminder(application, offering);
					application.markReminded(clock.instant());
					sent++;
				}
			}
		}
		return sent;
	}
}
