package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPassphraseWithoutSymbols() {
		assertThat(policy.violation("あさまやまのゆきどけ", "consultant")).isEqualTo("identity.password.tooShort");
		assertThat(policy.violation("asama yama no yukidoke", "consultant")).isNull();
	}

	@Test
	void countsJapaneseCharactersNotBytes() {
		assertThat(policy.violation("信濃の国は十州に境連ぬる国", "nurse")).isNull();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(policy.violation("short-pass1", "nurse")).isEqualTo("identity.password.tooShort");
	}

	@Test
	void refusesCommonPasswordsAndRepetition() {
		assertThat(policy.violation("Password1234", "nurse")).isEqualTo("identity.password.common");
		assertThat(policy.violation("aaaaaaaaaaaaaaaa", "nurse")).isEqualTo("identity.password.common");
		assertThat(policy.violation("abababababababab", "nurse")).isEqualTo("identity.password.common");
	}

	@Test
	void refusesPasswordsContainingTheUserName() {
		assertThat(policy.violation("my-consultant-2025", "consultant"))
			.isEqualTo("identity.password.containsUsername");
	}

	@Test
	void refusesOverlongPasswords() {
		assertThat(policy.violation("x".repeat(64) + "y".repeat(65), "nurse")).isEqualTo("identity.password.tooLong");
	}
}
