package org.tsunagu.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Limits how often one sender (an IP address, an e-mail address) may do something, e.g. submit a public
 * form: at most {@code maxEvents} within a sliding {@code window}. Kept in memory per node, bounded in size;
 * enough to stop a script hammering a form, not a substitute for a network-level limit.
 */
public final class SubmissionThrottle {

	private static final int MAX_KEYS = 10_000;

	private final int maxEvents;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> events = new LinkedHashMap<>(16, 0.75f, true);

	public SubmissionThrottle(int maxEvents, Duration window, Clock clock) {
		if (maxEvents < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("A throttle needs at least one event in a positive window");
		}
		this.maxEvents = maxEvents;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Records an attempt by the sender and answers whether it is within the limit. A refused attempt is not
	 * counted, so a sender who waits gets through again after the window.
	 */
	public synchronized boolean tryAcquire(String sender) {
		Instant now = clock.instant();
		Deque<Instant> recent = withinWindow(events.computeIfAbsent(sender, key -> new ArrayDeque<>()), now);
		if (recent.size() >= maxEvents) {
			return false;
		}
		recent.addLast(now);
		evictOldest();
		return true;
	}

	/** Whether the sender is still within the limit, without counting anything. */
	public synchronized boolean allows(String sender) {
		Deque<Instant> recent = events.get(sender);
		return recent == null || withinWindow(recent, clock.instant()).size() < maxEvents;
	}

	/** Drops the sender's events that have left the window and answers what remains. */
	private Deque<Instant> withinWindow(Deque<Instant> recent, Instant now) {
		Instant horizon = now.minus(window);
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
			recent.removeFirst();
		}
		return recent;
	}

	/** Counts one event of the sender (e.g. a failed login), whether or not it is within the limit. */
	public synchronized void record(String sender) {
		events.computeIfAbsent(sender, key -> new ArrayDeque<>()).addLast(clock.instant());
		evictOldest();
	}

	private void evictOldest() {
		Iterator<Map.Entry<String, Deque<Instant>>> oldest = events.entrySet().iterator();
		while (events.size() > MAX_KEYS && oldest.hasNext()) {
			oldest.next();
			oldest.remove();
		}
	}

	/** The address a request came from (the proxy's forwarded address when forward headers are trusted). */
	public static String clientAddress(HttpServletRequest request) {
		return request.getRemoteAddr();
	}
}
