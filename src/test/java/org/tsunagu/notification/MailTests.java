package org.tsunagu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MailTests {

	@Test
	void acceptsAnAddressAndATemplateName() {
		Mail mail = Mail.japanese("hanako@example.jp", "training/accepted", Map.of("name", "見本 花子"));
		assertThat(mail.locale().getLanguage()).isEqualTo("ja");
	}

	@Test
	void refusesWhatIsNotAnAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> Mail.japanese("hanako", "test/greeting", Map.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Mail.japanese("hana ko@example.jp", "test/greeting", Map.of()));
	}

	@Test
	void refusesATemplateNameThatCouldLeaveTheMailFolder() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Mail.japanese("hanako@example.jp", "../application", Map.of()));
	}
}
