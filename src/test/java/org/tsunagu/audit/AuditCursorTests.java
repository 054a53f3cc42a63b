package org.tsunagu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditCursorTests {

	private static final UUID ID = UUID.fromString("0b6f3c52-6c1e-4d0e-9a51-3f0e0e6b2a10");

	@Test
	void carriesTheInstantInFullAndTheId() {
		AuditCursor cursor = new AuditCursor(Instant.parse("2026-11-25T07:10:00.123456Z"), ID);

		assertThat(cursor.toParameter()).isEqualTo("2026-11-25T07:10:00.123456Z_" + ID);
		assertThat(AuditCursor.parse(cursor.toParameter())).contains(cursor);
	}

	@Test
	void readsACursorOfAWholeSecond() {
		assertThat(AuditCursor.parse("2026-11-25T07:10:00Z_" + ID))
			.contains(new AuditCursor(Instant.parse("2026-11-25T07:10:00Z"), ID));
	}

	@Test
	void isTheCursorAfterAnEntry() {
		AuditEntryView entry = new AuditEntryView(ID, Instant.parse("2026-11-25T07:10:00.5Z"), "system",
				AuditAction.READ, "Child", null, null, null);

		assertThat(AuditCursor.after(entry)).isEqualTo(new AuditCursor(entry.occurredAt(), ID));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "garbage", "1764054600000_0b6f3c52-6c1e-4d0e-9a51-3f0e0e6b2a10",
			"2026-11-25T07:10:00Z", "2026-11-25T07:10:00Z_", "_0b6f3c52-6c1e-4d0e-9a51-3f0e0e6b2a10",
			"2026-11-25T07:10:00Z_1-1-1-1-1", "2026-11-25T07:10:00Z_0b6f3c52-6c1e-4d0e-9a51-3f0e0e6b2a10x",
			"2026-13-45T07:10:00Z_0b6f3c52-6c1e-4d0e-9a51-3f0e0e6b2a10",
			"2026-11-25T25:10:00Z_0b6f3c52-6c1e-4d0e-9a51-3f0e0e6b2a10",
			"2026-11-25T07:10:00+09:00_0b6f3c52-6c1e-4d0e-9a51-3f0e0e6b2a10",
			"2026-11-25T07:10:00Z_0b6f3c52-6c1e-4d0e-9a51-3f0e0e6b2a10' OR '1'='1" })
	void readsNothingFromWhatIsNotACursor(String text) {
		assertThat(AuditCursor.parse(text)).isEmpty();
	}
}
