package org.tsunagu.training.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.training.ApplicationStatus;
import org.tsunagu.training.FeedbackInput;
import org.tsunagu.training.FeedbackManagement;
import org.tsunagu.training.FeedbackSummary;

/** The questionnaire: answers from participants, an anonymous summary for staff. */
@Service
@Transactional
class FeedbackService implements FeedbackManagement {

	private final FeedbackRepository feedback;

	private final TrainingApplicationRepository applications;

	private final TrainingAccess access;

	private final AuditLog audit;

	private final Clock clock;

	FeedbackService(FeedbackRepository feedback, TrainingApplicationRepository applications, TrainingAccess access,
			AuditLog audit, Clock clock) {
		this.feedback = feedback;
		this.applications = applications;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void submit(FeedbackInput input) {
		TrainingApplication application = applications
			.findByReferenceNumber(input.referenceNumber().strip().toUpperCase(java.util.Locale.ROOT))
			.filter(candidate -> candidate.getEmail().equalsIgnoreCase(input.email().strip()))
			.filter(candidate -> candidate.getStatus() == ApplicationStatus.ACCEPTED)
			.orElseThrow(() -> new IllegalArgumentException("No participant with this reference and e-mail"));
		if (feedback.existsByApplicationId(application.getId())) {
			throw new IllegalStateException("Application " + application.getId() + " has answered already");
		}
		int[] ratings = input.ratings().stream().mapToInt(Objects::requireNonNull).toArray();
		feedback.save(new Feedback(application.getOfferingId(), application.getId(), ratings, input.comment(),
				clock.instant()));
		audit.record(AuditAction.CREATE, "TrainingFeedback", application.getOfferingId().toString(), null);
	}

	@Override
	@Transactional(readOnly = true)
	public FeedbackSummary summary(UUID offeringId) {
		access.requireStaff();
		List<Feedback> answers = feedback.findByOfferingId(offeringId);
		List<Double> averages = IntStream.range(0, 5)
			.mapToObj(question -> answers.stream().mapToInt(answer -> answer.ratings()[question]).average().orElse(0))
			.toList();
		List<String> comments = answers.stream().map(Feedback::getComment).filter(Objects::nonNull).toList();
		return new FeedbackSummary(answers.size(), averages, comments);
	}
}
