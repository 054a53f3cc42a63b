package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.consultation.CaseNotices;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.notification.Mail;
import org.tsunagu.notification.Notifications;
import org.tsunagu.shared.SchedulerLocks;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Case notices by e-mail, only to users who opted in. The mail names the case's title, 圏域 and due date and
 * links to the case; it never carries the consultation's content.
 */
@Service
@Transactional
class CaseNoticeService implements CaseNotices {

	private static final Logger log = LoggerFactory.getLogger(CaseNoticeService.class);

	static final String TARGET = "ConsultationNoticeSetting";

	private final NoticeSettingRepository settings;

	private final CaseRepository cases;

	private final CaseAccess access;

	private final Notifications notifications;

	private final AuditLog audit;

	CaseNoticeService(NoticeSettingRepository settings, CaseRepository cases, CaseAccess access,
			Notifications notifications, AuditLog audit) {
		this.settings = settings;
		this.cases = cases;
		this.access = access;
		this.notifications = notifications;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<NoticeSettings> mySettings() {
		return settings.findById(access.worker().id())
			.map(s -> new NoticeSettings(s.getEmail(), s.isOnAssignment(), s.isOnOverdue()));
	}

	@Override
	public void saveMySettings(NoticeSettings wanted) {
		CurrentUser user = access.worker();
		if (wanted.onAssignment() || wanted.onOverdue() || !wanted.email().isBlank()) {
			// Mail checks the address; a wrong one is refused here, not at delivery.
			Mail.japanese(wanted.email().strip(), "consultation/case-assigned", Map.of());
		}
		NoticeSetting setting = settings.findById(user.id()).orElseGet(() -> new NoticeSetting(user.id()));
		setting.change(wanted.email(), wanted.onAssignment(), wanted.onOverdue());
		settings.save(setting);
		audit.record(AuditAction.UPDATE, TARGET, user.id().toString(),
				"assignment=" + wanted.onAssignment() + " overdue=" + wanted.onOverdue());
	}

	/** Tells the new owner, if they opted in and did not give the case to themselves. */
	void assigned(ConsultationCase kase) {
		if (kase.getOwnerId().equals(access.worker().id())) {
			return;
		}
		settings.findById(kase.getOwnerId()).filter(NoticeSetting::isOnAssignment).ifPresent(setting -> {
			LocalDate due = kase.getNextContactDue();
			notifications.send(Mail.japanese(setting.getEmail(), "consultation/case-assigned",
					Map.of("owner", kase.getOwnerName(), "title", kase.getTitle(), "region", kase.getRegionName(),
							"due", due == null ? "—" : due.toString(), "path", "/consultations/cases/" + kase.getId())));
		});
	}

	/** Every morning (JST): one mail per opted-in user who owns overdue open cases; on one node only. */
	@Scheduled(cron = "${tsunagu.consultation.overdue-notice-cron:0 0 8 * * *}", zone = "Asia/Tokyo")
	@SchedulerLock(name = "consultation-overdue-notices", lockAtLeastFor = SchedulerLocks.AT_LEAST_FOR,
			lockAtMostFor = SchedulerLocks.AT_MOST_FOR)
	void sendOverdueNotices() {
		LocalDate today = access.today();
		int sent = 0;
		for (NoticeSetting setting : settings.findByOnOverdueTrue()) {
			List<ConsultationCase> overdue = cases.findAll(CaseSpecifications.overdue(today)
				.and(CaseSpecifications.equal("ownerId", setting.getUserId())));
			if (!overdue.isEmpty()) {
				notifications.send(Mail.japanese(setting.getEmail(), "consultation/cases-overdue",
						Map.of("owner", overdue.get(0).getOwnerName(), "count", overdue.size(), "titles",
								titles(overdue), "path", "/consultations/cases?mine=true&overdue=true")));
				sent++;
			}
		}
		log.info("Sent {} overdue case notices", sent);
	}

	private static String titles(List<ConsultationCase> overdue) {
		return overdue.stream()
			.map(c -> "・" + c.getTitle() + "（" + c.getRegionName() + "、" + c.getNextContactDue() + "）")
			.collect(Collectors.joining("\n"));
	}
}
