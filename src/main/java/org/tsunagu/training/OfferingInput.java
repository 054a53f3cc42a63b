package org.tsunagu.training;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What staff enter for one yearly offering of a course.
 *
 * @param courseId the course offered
 * @param fiscalYear the 年度 (April to March), e.g. 2026 for 令和8年度
 * @param title the offering's name as applicants see it
 * @param capacity the number of places (定員)
 * @param applicationOpens first day applications are taken
 * @param applicationCloses last day applications are taken
 * @param recommendationRequired whether an applicant needs a 市町村推薦
 * @param instructors the instructors (講師), free text
 * @param note anything else applicants should know
 */
public record OfferingInput(UUID courseId, int fiscalYear, String title, int capacity, LocalDate applicationOpens,
		LocalDate applicationCloses, boolean recommendationRequired, @Nullable String instructors,
		@Nullable String note) {
}
