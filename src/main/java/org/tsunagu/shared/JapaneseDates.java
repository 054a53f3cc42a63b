package org.tsunagu.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Dates as Japanese forms expect them. Times are stored in UTC and shown in Japan Standard Time; dates are
 * stored in 西暦 and shown in 西暦 or 和暦 (令和7年4月1日, 元年 for the first year of an era).
 * Registered as the bean {@code dates} so templates can write {@code ${@dates.wareki(child.birthDate)}}.
 */
@Component("dates")
public class JapaneseDates {

	/** The zone every time is shown in. */
	public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter SEIREKI = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPAN)
		.withZone(JST);

	private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(JST);

	/** 西暦: 2025年4月1日. */
	public String seireki(@Nullable LocalDate date) {
		return date == null ? "" : SEIREKI.format(date);
	}

	/** 和暦: 令和7年4月1日, 令和元年5月1日. */
	public String wareki(@Nullable LocalDate date) {
		if (date == null) {
			return "";
		}
		JapaneseDate japanese = JapaneseDate.from(date);
		JapaneseEra era = japanese.getEra();
		int year = japanese.get(ChronoField.YEAR_OF_ERA);
		String eraName = era.getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPAN);
		return eraName + (year == 1 ? "元" : String.valueOf(year)) + "年" + date.getMonthValue() + "月"
				+ date.getDayOfMonth() + "日";
	}

	/** Both, as forms show a birth date: 2025年4月1日（令和7年4月1日）. */
	public String both(@Nullable LocalDate date) {
		return date == null ? "" : seireki(date) + "（" + wareki(date) + "）";
	}

	/** A stored instant in JST: 2025年4月1日 9:30. */
	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	/** A stored instant in JST, sortable: 2025-04-01 09:30 (tables, exports). */
	public String isoMinutes(@Nullable Instant instant) {
		return instant == null ? "" : ISO_MINUTES.format(instant);
	}

	/** Today's date in Japan. */
	public static LocalDate today() {
		return LocalDate.now(JST);
	}
}
