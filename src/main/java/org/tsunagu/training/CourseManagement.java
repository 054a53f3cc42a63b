package org.tsunagu.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Courses, their yearly offerings and sessions. Reading is open to everyone who may open the training area
 * (and open offerings to the public site); changes are for center staff, audited and versioned.
 */
public interface CourseManagement {

	/** Every course, national courses first. */
	List<CourseView> courses();

	CourseView course(UUID id);

	UUID createCourse(CourseInput input);

	void updateCourse(UUID id, long version, CourseInput input);

	/** The offerings of a 年度 (all years when {@code fiscalYear} is null), newest first. */
	List<OfferingView> offerings(@org.jspecify.annotations.Nullable Integer fiscalYear);

	OfferingView offering(UUID id);

	UUID createOffering(OfferingInput input);

	void updateOffering(UUID id, long version, OfferingInput input);

	/** Adds a day or module to an offering. */
	void addSession(UUID offeringId, long version, SessionInput input);

	/**
	 * Removes a session.
	 *
	 * @throws IllegalStateException when attendance was recorded for it
	 */
	void removeSession(UUID offeringId, long version, UUID sessionId);

	/** Offerings taking applications on the given day; no login needed (public site). */
	List<OfferingView> openOfferings(LocalDate day);

	/** One offering as the public sees it; only while it takes applications. */
	OfferingView openOffering(UUID id, LocalDate day);

	/** Sessions held between the two days (inclusive), in time order. */
	List<SessionView> sessionsBetween(LocalDate from, LocalDate to);

	SessionView session(UUID sessionId);

	/** The fiscal years that have offerings, newest first. */
	List<Integer> fiscalYears();
}
