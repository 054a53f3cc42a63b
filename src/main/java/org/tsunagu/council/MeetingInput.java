package org.tsunagu.council;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * What is entered to schedule a meeting.
 *
 * @param title e.g. 令和8年度 第1回 松本圏域会議
 * @param heldOn the day
 * @param startsAt start time (JST)
 * @param endsAt end time (JST)
 * @param place where, or null for an online meeting
 * @param onlineUrl the link of an online meeting
 */
public record MeetingInput(String title, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
		@Nullable String place, @Nullable String onlineUrl) {

	public MeetingInput {
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("A meeting must end after it starts");
		}
		if (isBlank(place) && isBlank(onlineUrl)) {
			throw new IllegalArgumentException("A meeting needs a place or an online link");
		}
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
