package org.tsunagu.training.internal;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Reference numbers for applications ({@code TR26-K7P4QX}): the year and six characters without look-alikes
 * (no 0/O, 1/I/L), random so that one number does not reveal how many others applied.
 */
@Component
class ReferenceNumbers {

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final TrainingApplicationRepository applications;

	ReferenceNumbers(TrainingApplicationRepository applications) {
		this.applications = applications;
	}

	String next(int fiscalYear) {
		String candidate;
		do {
			StringBuilder number = new StringBuilder("TR").append(String.format("%02d", fiscalYear % 100)).append('-');
			for (int i = 0; i < 6; i++) {
				number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			candidate = number.toString();
		}
		while (applications.existsByReferenceNumber(candidate));
		return candidate;
	}
}
