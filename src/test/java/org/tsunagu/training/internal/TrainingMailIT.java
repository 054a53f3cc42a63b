package org.tsunagu.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;
import org.tsunagu.training.ApplicationInput;
import org.tsunagu.training.ApplicationManagement;
import org.tsunagu.training.ApplicationView;
import org.tsunagu.training.CourseInput;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.CourseManagement;
import org.tsunagu.training.ModuleKind;
import org.tsunagu.training.OfferingInput;
import org.tsunagu.training.OrganisationKind;
import org.tsunagu.training.SessionInput;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The applicant's mails reach a real SMTP server (GreenMail): received on applying, accepted on the staff
 * decision, and one reminder before the first day.
 */
@DatabaseTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=" + TrainingMailIT.SMTP_PORT,
		"tsunagu.notification.dispatch-interval=200ms" })
class TrainingMailIT {

	static final int SMTP_PORT = 39027;

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@Autowired
	CourseManagement courses;

	@Autowired
	ApplicationManagement applications;

	@Autowired
	TrainingReminders reminders;

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void anApplicantIsToldOfTheApplicationTheAcceptanceAndTheFirstDay() throws Exception {
		LocalDate today = JapaneseDates.today();
		UUID course = courses.createCourse(new CourseInput(CourseKind.OWN, "（試験）メール研修", null, null, null, 30));
		UUID offering = courses.createOffering(new OfferingInput(course, 2026, "（試験）メール研修 第1回", 10,
				today.minusDays(1), today.plusDays(1), false, null, null));
		courses.addSession(offering, courses.offering(offering).version(), new SessionInput(today.plusDays(2),
				LocalTime.of(10, 0), LocalTime.of(12, 0), ModuleKind.LECTURE, "（試験）講義", 120, "見本会場", false));
		String address = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";

		String reference = applications.apply(offering, new ApplicationInput("見本 花子", "ミホン ハナコ",
				LocalDate.of(1990, 1, 1), "（架空）みほん保育園", OrganisationKind.CHILDCARE, "保育士", "202029", address,
				null, null, null, null)).referenceNumber();
		assertThat(subjects(address, 1)).containsExactly("見本 花子様 研修のお申し込みを受け付けました（受付番号 " + reference + "）");

		ApplicationView application = applications.applications(offering).get(0);
		applications.accept(application.id(), application.version());
		assertThat(subjects(address, 2)).contains("見本 花子様 研修の受講が決定しました（受付番号 " + reference + "）");
		MimeMessage accepted = smtp.getReceivedMessagesForDomain(address)[1];
		assertThat(accepted.getContent().toString()).contains("（試験）メール研修 第1回").contains("（試験）講義");

		assertThat(reminders.remindDue()).isEqualTo(1);
		assertThat(reminders.remindDue()).as("each participant is reminded once").isZero();
		assertThat(subjects(address, 3)).anyMatch(subject -> subject.startsWith("見本 花子様 研修開催のご案内"));
	}

	/**
	 * The subjects of the mails to the address, once {@code count} have arrived (or 20 s have passed). Other
	 * tests' mails may still be in the shared outbox, so wait for this address, not for any mail.
	 */
	private static String[] subjects(String address, int count) throws MessagingException, InterruptedException {
		for (int i = 0; i < 100 && smtp.getReceivedMessagesForDomain(address).length < count; i++) {
			smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
		}
		return Arrays.stream(smtp.getReceivedMessagesForDomain(address)).map(message -> {
			try {
				return message.getSubject();
			}
			catch (MessagingException exception) {
				throw new IllegalStateException(exception);
			}
		}).toArray(String[]::new);
	}
}
