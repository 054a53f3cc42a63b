package org.tsunagu.information.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.tsunagu.information.InvalidArticleException;

/**
 * Only documents and images whose first bytes match their name, up to 5 MB, become attachments.
 */
class AttachmentPolicyTests {

	@Test
	void acceptsAPdfAndStoresItAsPdf() {
		assertThat(AttachmentPolicy.contentTypeOf("案内.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("application/pdf");
	}

	@Test
	void refusesHtmlRenamedAndUnknownTypes() {
		byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> AttachmentPolicy.contentTypeOf("leaflet.pdf", html))
			.isInstanceOf(InvalidArticleException.class);
		assertThatThrownBy(() -> AttachmentPolicy.contentTypeOf("page.html", html))
			.isInstanceOf(InvalidArticleException.class);
	}

	@Test
	void refusesEmptyAndTooLargeFiles() {
		assertThatThrownBy(() -> AttachmentPolicy.contentTypeOf("a.txt", new byte[0]))
			.hasMessageContaining("information.attachment.empty");
		byte[] large = new byte[(int) AttachmentPolicy.MAX_BYTES + 1];
		assertThatThrownBy(() -> AttachmentPolicy.contentTypeOf("a.txt", large))
			.hasMessageContaining("information.attachment.tooLarge");
	}

	@Test
	void keepsOnlyTheFileNameOfAPath() {
		assertThat(AttachmentPolicy.cleanName("C:\\Users\\見本\\資料.pdf")).isEqualTo("資料.pdf");
		assertThat(AttachmentPolicy.cleanName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
	}
}
