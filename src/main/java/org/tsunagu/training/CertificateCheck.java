package org.tsunagu.training;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The public answer to "is this 修了証 genuine?": valid or not, the course and the date — nothing about the
 * person.
 */
public record CertificateCheck(String number, boolean valid, @Nullable String course, @Nullable LocalDate completedOn) {

	/** The answer for an unknown number. */
	public static CertificateCheck invalid(String number) {
		return new CertificateCheck(number, false, null, null);
	}
}
