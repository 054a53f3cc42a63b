package org.tsunagu.training;

import java.util.List;
import java.util.UUID;

/**
 * Applications for offerings: anyone applies on the public site; staff accept, wait-list, decline or cancel,
 * and the wait list moves up by itself when a place frees. Staff reads and changes are audited.
 */
public interface ApplicationManagement {

	/**
	 * Takes an application from the public site (no login).
	 *
	 * @throws ApplicationRefusedException when the offering is closed, the 推薦 is missing or the prerequisite
	 *         course is not completed
	 */
	ApplicationReceipt apply(UUID offeringId, ApplicationInput input);

	/** The applications of an offering in the order they came. */
	List<ApplicationView> applications(UUID offeringId);

	ApplicationView application(UUID id);

	/**
	 * Gives the applicant a place.
	 *
	 * @throws IllegalStateException when the offering is full or the application is not open
	 */
	void accept(UUID id, long version);

	void waitlist(UUID id, long version);

	void decline(UUID id, long version, String reason);

	/** Cancels; when a place frees, the first wait-listed applicant is accepted (and told). */
	void cancel(UUID id, long version, String reason);
}
