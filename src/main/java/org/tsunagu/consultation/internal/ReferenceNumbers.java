package org.tsunagu.consultation.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.regex.Pattern;

import org.tsunagu.shared.JapaneseDates;

/**
 * Reference numbers for web consultations: {@code W-<year in Japan>-} and six random characters from an
 * alphabet without look-alikes (no 0/O, 1/I), about a billion per year — not sequential, so one number tells
 * nothing about how many others there are or what they are.
 */
final class ReferenceNumbers {

	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 6;

	static final Pattern FORMAT = Pattern.compile("W-\\d{4}-[" + ALPHABET + "]{" + LENGTH + "}");

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	ReferenceNumbers(Clock clock) {
		this.clock = clock;
	}

	String next() {
		int year = clock.instant().atZone(JapaneseDates.JST).getYear();
		StringBuilder number = new StringBuilder("W-").append(year).append('-');
		for (int i = 0; i < LENGTH; i++) {
			number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return number.toString();
	}

	/** Whether a text looks like a reference number (upper case, as given to the sender). */
	static boolean looksLikeOne(String text) {
		return FORMAT.matcher(text).matches();
	}
}
