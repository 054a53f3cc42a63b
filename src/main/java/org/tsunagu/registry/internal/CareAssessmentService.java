package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.registry.CareAssessmentInput;
import org.tsunagu.registry.CareAssessmentManagement;
import org.tsunagu.registry.CareAssessmentView;
import org.tsunagu.registry.CareItemOption;
import org.tsunagu.registry.CareScore;
import org.tsunagu.registry.CareSelection;
import org.tsunagu.registry.SevereScoreView;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * Care assessments: scope-checked through the child, audited, only ever added.
 */
@Service
@Transactional
class CareAssessmentService implements CareAssessmentManagement {

	static final String TARGET = "CareAssessment";

	static final String SEVERE_TARGET = "SevereDisabilityScore";

	private final ChildRepository children;

	private final CareAssessmentRepository assessments;

	private final SevereDisabilityScoreRepository severeScores;

	private final ChildAccessPolicy access;

	private final CareScoring scoring;

	private final AuditLog audit;

	CareAssessmentService(ChildRepository children, CareAssessmentRepository assessments,
			SevereDisabilityScoreRepository severeScores, ChildAccessPolicy access, CareScoring scoring,
			AuditLog audit) {
		this.children = children;
		this.assessments = assessments;
		this.severeScores = severeScores;
		this.access = access;
		this.scoring = scoring;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CareItemOption> careItems() {
		return scoring.on(JapaneseDates.today()).options();
	}

	@Override
	@Transactional(readOnly = true)
	public CareScore calculate(List<CareSelection> items, LocalDate on) {
		return scoring.on(on).calculate(items);
	}

	@Override
	public UUID record(UUID childId, CareAssessmentInput input) {
		access.checkEditable(load(childId));
		checkNotFuture(input.assessedOn());
		CareScore score = scoring.on(input.assessedOn()).calculate(input.items());
		CareAssessment assessment = assessments.save(new CareAssessment(childId, input.assessedOn(),
				blankToNull(input.assessedBy()), score, input.devices(), blankToNull(input.notes())));
		children.refreshLatestAssessment(childId);
		audit.record(AuditAction.CREATE, TARGET, assessment.getId().toString(), "child=" + childId);
		return assessment.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CareAssessmentView> assessments(UUID childId) {
		access.checkReadable(load(childId));
		audit.record(AuditAction.READ, TARGET, childId.toString(), "child assessments");
		return assessments.findByChildIdOrderByAssessedOnDescCreatedAtDesc(childId)
			.stream()
			.map(assessment -> CareAssessmentViews.view(assessment, scoring.on(assessment.getAssessedOn())))
			.toList();
	}

	@Override
	public UUID recordSevereScore(UUID childId, LocalDate scoredOn, int total, @Nullable String notes) {
		access.checkEditable(load(childId));
		checkNotFuture(scoredOn);
		SevereDisabilityScore score = severeScores
			.save(new SevereDisabilityScore(childId, scoredOn, total, blankToNull(notes)));
		audit.record(AuditAction.CREATE, SEVERE_TARGET, score.getId().toString(), "child=" + childId);
		return score.getId();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SevereScoreView> severeScores(UUID childId) {
		access.checkReadable(load(childId));
		audit.record(AuditAction.READ, SEVERE_TARGET, childId.toString(), "child scores");
		return severeScores.findByChildIdOrderByScoredOnDescCreatedAtDesc(childId)
			.stream()
			.map(CareAssessmentViews::view)
			.toList();
	}

	private Child load(UUID childId) {
		return children.findActive(childId).orElseThrow(() -> new RecordNotFoundException(ChildService.TARGET, childId));
	}

	private static void checkNotFuture(LocalDate date) {
		if (date.isAfter(JapaneseDates.today())) {
			throw new IllegalArgumentException("An assessment cannot be dated in the future: " + date);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
