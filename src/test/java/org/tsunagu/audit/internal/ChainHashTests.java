package org.tsunagu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ChainHashTests {

	private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private static final Instant AT = Instant.parse("2026-12-01T01:02:03.456789Z");

	@Test
	void isSha256InHex() {
		assertThat(hash("detail")).hasSize(64).matches("[0-9a-f]+");
	}

	@Test
	void changesWithAnyFieldThePositionAndThePreviousHash() {
		String original = hash("detail");
		assertThat(hash("detai1")).isNotEqualTo(original);
		assertThat(ChainHash.of(ChainHash.GENESIS, 2, ID, AT, "director", "READ", "Child", "c-1", "detail", null))
			.isNotEqualTo(original);
		assertThat(ChainHash.of("f".repeat(64), 1, ID, AT, "director", "READ", "Child", "c-1", "detail", null))
			.isNotEqualTo(original);
	}

	@Test
	void cannotBeFooledByMovingTextBetweenFields() {
		assertThat(ChainHash.of(ChainHash.GENESIS, 1, ID, AT, "ab", "READ", "c", null, null, null))
			.isNotEqualTo(ChainHash.of(ChainHash.GENESIS, 1, ID, AT, "a", "READ", "bc", null, null, null));
		assertThat(ChainHash.of(ChainHash.GENESIS, 1, ID, AT, "a", "READ", "t", null, "", null))
			.isNotEqualTo(ChainHash.of(ChainHash.GENESIS, 1, ID, AT, "a", "READ", "t", "", null, null));
	}

	@Test
	void ignoresNanosecondsTheDatabaseDoesNotKeep() {
		assertThat(ChainHash.of(ChainHash.GENESIS, 1, ID, AT.plusNanos(999), "a", "READ", "t", null, null, null))
			.isEqualTo(ChainHash.of(ChainHash.GENESIS, 1, ID, AT, "a", "READ", "t", null, null, null));
	}

	private static String hash(String detail) {
		return ChainHash.of(ChainHash.GENESIS, 1, ID, AT, "director", "READ", "Child", "c-1", detail, null);
	}
}
