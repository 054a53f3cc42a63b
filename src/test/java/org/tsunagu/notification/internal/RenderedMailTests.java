package org.tsunagu.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RenderedMailTests {

	@Test
	void takesTheFirstLineAsSubjectAndTheRestAfterTheEmptyLineAsBody() {
		RenderedMail mail = RenderedMail.parse("受付のお知らせ\r\n\r\n見本 花子様\r\n受け付けました。\r\n\r\n");
		assertThat(mail.subject()).isEqualTo("受付のお知らせ");
		assertThat(mail.body()).isEqualTo("見本 花子様\n受け付けました。\n");
	}

	@Test
	void acceptsAMailWithOnlyASubject() {
		assertThat(RenderedMail.parse("件名だけ").body()).isEqualTo("\n");
	}

	@Test
	void refusesATemplateWithoutSubject() {
		assertThatIllegalArgumentException().isThrownBy(() -> RenderedMail.parse("\n\n"));
	}

	@Test
	void refusesAnOverlongSubject() {
		assertThatIllegalArgumentException().isThrownBy(() -> RenderedMail.parse("あ".repeat(301) + "\n\n本文"));
	}
}
