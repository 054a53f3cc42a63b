package org.tsunagu.training.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.training.SessionView;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Training sessions as iCalendar (RFC 5545) for calendar apps: times in UTC (no time-zone table needed),
 * a stable UID per session so a subscribed feed updates events instead of duplicating them.
 */
@Component
class SessionCalendar {

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	String write(List<SessionView> sessions) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Tsunagu//Training//JA"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (SessionView session : sessions) {
			calendar.add(event(session));
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
		return out.toString();
	}

	private static VEvent event(SessionView session) {
		Instant start = session.heldOn().atTime(session.startsAt()).atZone(JapaneseDates.JST).toInstant();
		Instant end = session.heldOn().atTime(session.endsAt()).atZone(JapaneseDates.JST).toInstant();
		VEvent event = new VEvent(start, end, session.offeringTitle() + "：" + session.title());
		event.add(new Uid(session.id() + "@tsunagu"));
		String place = session.online() ? "オンライン" + (session.venue() == null ? "" : "（" + session.venue() + "）")
				: session.venue() == null ? "" : session.venue();
		if (!place.isEmpty()) {
			event.add(new Location(place));
		}
		event.add(new Description((session.moduleKind().name().equals("LECTURE") ? "講義" : "演習") + " "
				+ session.minutes() / 60.0 + "時間"));
		return event;
	}
}
