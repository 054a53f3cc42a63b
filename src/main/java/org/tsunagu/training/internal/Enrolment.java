package org.tsunagu.training.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.tsunagu.training.ApplicationStatus;

/**
 * The places of one offering: nobody is accepted beyond the capacity, and when an accepted participant
 * cancels, the first on the wait list (by the time they were wait-listed) moves up into the free place.
 * The caller holds the offering's lock so two decisions cannot take the same place.
 */
final class Enrolment {

	private final int capacity;

	private final List<TrainingApplication> applications;

	Enrolment(int capacity, List<TrainingApplication> applications) {
		this.capacity = capacity;
		this.applications = applications;
	}

	long accepted() {
		return applications.stream().filter(application -> application.getStatus() == ApplicationStatus.ACCEPTED).count();
	}

	boolean hasFreePlace() {
		return accepted() < capacity;
	}

	/**
	 * Accepts the application.
	 *
	 * @throws IllegalStateException when every place is taken (wait-list instead)
	 */
	void accept(TrainingApplication application, Instant now) {
		if (!hasFreePlace()) {
			throw new IllegalStateException("All " + capacity + " places are taken");
		}
		application.accept(now);
	}

	/**
	 * Cancels the application; when it held a place, the first wait-listed applicant is accepted.
	 *
	 * @return the applicant who moved up, if any
	 */
	Optional<TrainingApplication> cancel(TrainingApplication application, String reason, Instant now) {
		boolean freed = application.cancel(reason, now);
		if (!freed || !hasFreePlace()) {
			return Optional.empty();
		}
		Optional<TrainingApplication> next = applications.stream()
			.filter(candidate -> candidate.getStatus() == ApplicationStatus.WAITLISTED)
			.min(Comparator.comparing(TrainingApplication::getWaitlistedAt, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(TrainingApplication::getAppliedAt));
		next.ifPresent(candidate -> candidate.accept(now));
		return next;
	}
}
