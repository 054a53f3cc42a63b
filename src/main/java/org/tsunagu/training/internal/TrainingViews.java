package org.tsunagu.training.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tsunagu.training.ApplicationStatus;
import org.tsunagu.training.ApplicationView;
import org.tsunagu.training.CourseView;
import org.tsunagu.training.OfferingView;
import org.tsunagu.training.SessionView;

/** Entities to the read records of the module's API. */
final class TrainingViews {

	private TrainingViews() {
	}

	static CourseView course(Course course) {
		return new CourseView(course.getId(), course.getVersion(), course.getKind(), course.getTitle(),
				course.getDescription(), course.getPrerequisiteKind(), course.getPrerequisitePart(),
				course.getLateThresholdMinutes());
	}

	static SessionView session(Offering offering, TrainingSession session) {
		return new SessionView(session.getId(), offering.getId(), offering.getTitle(), session.getHeldOn(),
				session.getStartsAt(), session.getEndsAt(), session.getModuleKind(), session.getTitle(),
				session.getMinutes(), session.getVenue(), session.isOnline());
	}

	static OfferingView offering(Offering offering, Course course, List<TrainingApplication> applications) {
		return new OfferingView(offering.getId(), offering.getVersion(), course.getId(), course.getTitle(),
				course.getKind(), course.getPrerequisiteKind(), offering.getFiscalYear(), offering.getTitle(), offering.getCapacity(),
				offering.getApplicationOpens(), offering.getApplicationCloses(), offering.isRecommendationRequired(),
				offering.getInstructors(), offering.getNote(),
				offering.getSessions().stream().map(session -> session(offering, session)).toList(),
				count(applications, ApplicationStatus.ACCEPTED), count(applications, ApplicationStatus.WAITLISTED),
				count(applications, ApplicationStatus.APPLIED));
	}

	static ApplicationView application(TrainingApplication application, @Nullable String municipalityName) {
		return new ApplicationView(application.getId(), application.getVersion(), application.getOfferingId(),
				application.getPersonId(), application.getReferenceNumber(), application.getAppliedAt(),
				application.getName(), application.getKana(), application.getBirthDate(),
				application.getOrganisation(), application.getOrganisationKind(), application.getJob(),
				application.getRegionName(), municipalityName, application.getEmail(), application.getPhone(),
				application.getQualifications(), application.getRecommendedBy(), application.getPrerequisiteNote(),
				application.getStatus(), application.getStatusReason(), application.isCompleted(),
				application.isLecturePartCompleted(), application.getCompletedOn(),
				application.getCertificateNumber(), application.getCertificateIssuedOn(),
				application.getCoordinatorAddedAt());
	}

	static List<CompletionRule.Slot> slots(Offering offering) {
		return offering.getSessions()
			.stream()
			.map(session -> new CompletionRule.Slot(session.getId(), session.getModuleKind(), session.getHeldOn()))
			.toList();
	}

	private static int count(List<TrainingApplication> applications, ApplicationStatus status) {
		return (int) applications.stream().filter(application -> application.getStatus() == status).count();
	}
}
