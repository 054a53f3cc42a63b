package org.tsunagu.council.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IcsWriterTests {

	@Test
	void writesOneEventInJapanTimeWithCrlfLines() {
		String ics = write("第1回 松本圏域会議", "松本保健福祉事務所 会議室");

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics).contains("DTSTART;TZID=Asia/Tokyo:20261210T140000\r\n")
			.contains("DTEND;TZID=Asia/Tokyo:20261210T160000\r\n")
			.contains("DTSTAMP:20261201T010000Z\r\n")
			.contains("TZOFFSETTO:+0900");
		assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:第1回 松本圏域会議");
	}

	@Test
	void escapesCommasSemicolonsBackslashesAndNewlines() {
		assertThat(IcsWriter.escape("会議室A,B;2階\\奥\n議題")).isEqualTo("会議室A\\,B\\;2階\\\\奥\\n議題");
	}

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacter() {
		String ics = write("医療的ケア児等支援連携推進会議".repeat(6), "会議室");

		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		String summary = Arrays.stream(ics.split("\r\n(?! )")).filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow();
		assertThat(summary.replace("\r\n ", "")).isEqualTo("SUMMARY:" + "医療的ケア児等支援連携推進会議".repeat(6));
	}

	private static String write(String summary, String location) {
		IcsWriter.Event event = new IcsWriter.Event(UUID.randomUUID(), LocalDate.of(2026, 12, 10), LocalTime.of(14, 0),
				LocalTime.of(16, 0), summary, location, "議題", null);
		return new String(IcsWriter.write(event, Instant.parse("2026-12-01T01:00:00Z")), StandardCharsets.UTF_8);
	}
}
