package org.tsunagu.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CaseNotices;
import org.tsunagu.consultation.CaseNotices.NoticeSettings;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.notification.MailOutbox;
import org.tsunagu.notification.OutboxEntry;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * E-mail notices on a real database (H2 and PostgreSQL): only a user who opted in gets a mail when a case is
 * given to them by someone else, and the morning notice lists their overdue cases.
 */
@DatabaseTest
class CaseNoticesIT {

	@Autowired
	CaseNotices notices;

	@Autowired
	CaseNoticeService noticeService;

	@Autowired
	CaseManagement cases;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	UserManagement users;

	@Autowired
	MailOutbox outbox;

	@Test
	void mailsTheNewOwnerWhoOptedInAndTheirOverdueCasesInTheMorning() {
		UUID ownerId = users.createUserWithPassword(new NewUser("it-notice-owner", "試験 通知担当", Role.NURSE, null, null),
				"Tsunagu-IT-password-2026");
		CurrentUser owner = new CurrentUser(ownerId, "it-notice-owner", "試験 通知担当", Role.NURSE, null, null);
		CurrentUser colleague = new CurrentUser(UUID.randomUUID(), "it-notice-colleague", "試験 同僚", Role.CONSULTANT,
				null, null);
		runAs(owner, () -> {
			assertThatThrownBy(() -> notices.saveMySettings(new NoticeSettings("not-an-address", true, false)))
				.isInstanceOf(IllegalArgumentException.class);
			notices.saveMySettings(new NoticeSettings("notice-owner@example.jp", true, true));
			assertThat(notices.mySettings()).contains(new NoticeSettings("notice-owner@example.jp", true, true));
		});
		long before = assignedMails();

		runAs(colleague, () -> {
			UUID consultation = consultations.record(new ConsultationInput(Instant.now(), ConsultationChannel.PHONE,
					ConsulterType.FAMILY, null, null, "202029", null, ChildLink.UNKNOWN, null,
					java.util.Set.of(ConsultationTopic.DAILY_LIFE), "（架空）通知試験の相談", null, null));
			cases.open(consultation, ownerId, CasePriority.NORMAL, JapaneseDates.today().minusDays(1));
		});

		assertThat(assignedMails()).isEqualTo(before + 1);
		noticeService.sendOverdueNotices();
		assertThat(outbox.recent(null)).anySatisfy(mail -> {
			assertThat(mail.template()).isEqualTo("consultation/cases-overdue");
			assertThat(mail.subject()).contains("1件");
		});
	}

	private long assignedMails() {
		return outbox.recent(null).stream().map(OutboxEntry::template).filter("consultation/case-assigned"::equals).count();
	}

	private static void runAs(CurrentUser user, Runnable action) {
		var previous = SecurityContextHolder.getContext();
		var principal = new TsunaguPrincipal(user, null, true, false);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
