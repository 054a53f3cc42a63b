package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** RFC 6238 appendix B test vectors (SHA-1 secret "12345678901234567890"), cut to the 6 digits apps show. */
class TotpCodesTests {

	private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	@Test
	void makesTheCodesOfTheRfc() {
		TotpCodes codes = at("1970-01-01T00:00:59Z");
		assertThat(codes.codeAt(RFC_SECRET, 59 / 30)).isEqualTo("287082");
		assertThat(codes.codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
		assertThat(codes.codeAt(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
	}

	@Test
	void acceptsTheCurrentCodeAndOneStepEitherSide() {
		TotpCodes codes = at("2009-02-13T23:31:30Z"); // 1234567890 s: step 41152263
		long step = 1234567890L / 30;
		assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, step))).hasValue(step);
		assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, step - 1))).hasValue(step - 1);
		assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, step + 1))).hasValue(step + 1);
		assertThat(codes.matchingStep(RFC_SECRET, codes.codeAt(RFC_SECRET, step - 2))).isEmpty();
	}

	@Test
	void toleratesSpacesButNothingElse() {
		TotpCodes codes = at("2009-02-13T23:31:30Z");
		String code = codes.codeAt(RFC_SECRET, 1234567890L / 30);
		assertThat(codes.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3))).isPresent();
		assertThat(codes.matchingStep(RFC_SECRET, "")).isEmpty();
		assertThat(codes.matchingStep(RFC_SECRET, "12345a")).isEmpty();
		assertThat(codes.matchingStep(RFC_SECRET, code + "0")).isEmpty();
	}

	@Test
	void makesNewSecretsThatDiffer() {
		TotpCodes codes = at("2026-12-01T00:00:00Z");
		assertThat(codes.newSecret()).hasSize(32).matches("[A-Z2-7]+").isNotEqualTo(codes.newSecret());
		assertThat(codes.qrCodeDataUri("Tsunagu", "nurse", codes.newSecret())).startsWith("data:image/png;base64,");
	}

	private static TotpCodes at(String instant) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("clock", Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
		return new TotpCodes(beans.getBeanProvider(Clock.class));
	}
}
