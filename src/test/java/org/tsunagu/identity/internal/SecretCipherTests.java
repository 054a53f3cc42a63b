package org.tsunagu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretCipherTests {

	private static final byte[] KEY = "fictional-key-for-tests-only-32b".getBytes(StandardCharsets.US_ASCII);

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private final SecretCipher cipher = new SecretCipher(KEY);

	@Test
	void decryptsWhatItEncryptedAndNeverStoresThePlainSecret() {
		String stored = cipher.encrypt(SECRET, "user-1");

		assertThat(stored).startsWith("v1:").doesNotContain(SECRET);
		assertThat(stored.length()).isLessThanOrEqualTo(100);
		assertThat(cipher.decrypt(stored, "user-1")).isEqualTo(SECRET);
	}

	@Test
	void encryptsTheSameSecretDifferentlyEachTime() {
		assertThat(cipher.encrypt(SECRET, "user-1")).isNotEqualTo(cipher.encrypt(SECRET, "user-1"));
	}

	@Test
	void detectsAChangedValue() {
		byte[] bytes = Base64.getDecoder().decode(cipher.encrypt(SECRET, "user-1").substring(3));
		bytes[bytes.length - 20] ^= 1;
		String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

		assertThatThrownBy(() -> cipher.decrypt(tampered, "user-1")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesAValueCopiedFromAnotherUsersRow() {
		String stored = cipher.encrypt(SECRET, "user-1");

		assertThatThrownBy(() -> cipher.decrypt(stored, "user-2")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void failsWithAnotherKey() {
		byte[] other = KEY.clone();
		other[0] ^= 1;
		String stored = cipher.encrypt(SECRET, "user-1");

		assertThatThrownBy(() -> new SecretCipher(other).decrypt(stored, "user-1"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void tellsEncryptedFromOldPlainValues() {
		assertThat(SecretCipher.isEncrypted(cipher.encrypt(SECRET, "user-1"))).isTrue();
		assertThat(SecretCipher.isEncrypted(SECRET)).isFalse();
	}

	@Test
	void stopsTheStartupWithAClearMessageWithoutAUsableKey() {
		assertThatThrownBy(() -> new SecretKeySettings(null).keyBytes()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("tsunagu.identity.secret-key is missing")
			.hasMessageContaining("openssl rand -base64 32");
		assertThatThrownBy(() -> new SecretKeySettings(Base64.getEncoder().encodeToString(new byte[16])).keyBytes())
			.hasMessageContaining("has 16 bytes, it needs exactly 32");
		assertThatThrownBy(() -> new SecretKeySettings("not base64 at all!").keyBytes())
			.hasMessageContaining("not base64");
		assertThat(new SecretKeySettings(Base64.getEncoder().encodeToString(KEY)).keyBytes()).isEqualTo(KEY);
	}
}
