package org.tsunagu.council.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A minimal iCalendar (RFC 5545) writer for one event in Japan time: enough for a meeting invitation that
 * Outlook, Google Calendar and the iOS calendar import. Kept here because only this module needs it; it
 * escapes text, folds lines at 75 octets without splitting a UTF-8 character and ends lines with CRLF.
 */
final class IcsWriter {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private IcsWriter() {
	}

	/** One event. */
	record Event(UUID uid, LocalDate day, LocalTime start, LocalTime end, String summary, @Nullable String location,
			@Nullable String description, @Nullable String url) {
	}

	static byte[] write(Event event, Instant stamp) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Tsunagu//Council//JA");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		// Japan has no daylight saving time: one STANDARD part is the whole zone.
		line(out, "BEGIN:VTIMEZONE");
		line(out, "TZID:Asia/Tokyo");
		line(out, "BEGIN:STANDARD");
		line(out, "DTSTART:19700101T000000");
		line(out, "TZOFFSETFROM:+0900");
		line(out, "TZOFFSETTO:+0900");
		line(out, "TZNAME:JST");
		line(out, "END:STANDARD");
		line(out, "END:VTIMEZONE");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + event.uid() + "@tsunagu");
		line(out, "DTSTAMP:" + UTC.format(stamp));
		line(out, "DTSTART;TZID=Asia/Tokyo:" + LOCAL.format(event.day().atTime(event.start())));
		line(out, "DTEND;TZID=Asia/Tokyo:" + LOCAL.format(event.day().atTime(event.end())));
		line(out, "SUMMARY:" + escape(event.summary()));
		if (event.location() != null) {
			line(out, "LOCATION:" + escape(event.location()));
		}
		if (event.description() != null) {
			line(out, "DESCRIPTION:" + escape(event.description()));
		}
		if (event.url() != null) {
			line(out, "URL:" + event.url().replaceAll("[\\r\\n]", ""));
		}
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** TEXT escaping of RFC 5545 3.3.11. */
	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Appends a content line folded at 75 octets (continuation lines start with a space). */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}
}
