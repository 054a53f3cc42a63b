package org.tsunagu.registry.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.registry.CareAssessmentView;
import org.tsunagu.registry.CareDevice;
import org.tsunagu.registry.CareScoreRow;

/**
 * The latest assessment in short, for the child page, the 緊急時情報シート and the power-dependency list.
 */
@Service
@Transactional(readOnly = true)
class CareSummaryService implements CareSummaries {

	/** 人工呼吸器 and 吸引 stop without electric power, whatever the device rows say. */
	private static final List<Integer> POWERED_ITEMS = List.of(CareScoreCalculator.VENTILATOR, 5);

	private final CareAssessmentRepository assessments;

	private final CareScoring scoring;

	private final MessageSource messages;

	CareSummaryService(CareAssessmentRepository assessments, CareScoring scoring, MessageSource messages) {
		this.assessments = assessments;
		this.scoring = scoring;
		this.messages = messages;
	}

	@Override
	public Optional<CareSummary> latest(UUID childId) {
		return assessments.findFirstByChildIdOrderByAssessedOnDescCreatedAtDesc(childId)
			.map(assessment -> summary(CareAssessmentViews.view(assessment, scoring.on(assessment.getAssessedOn()))));
	}

	private CareSummary summary(CareAssessmentView view) {
		List<String> items = view.items().stream().map(this::itemText).toList();
		List<String> devices = view.devices()
			.stream()
			.map(device -> device.describe(message("registry.care.device.kind." + device.kind().name())))
			.toList();
		boolean powerDependent = view.devices().stream().anyMatch(CareDevice::powerDependent)
				|| view.items().stream().anyMatch(row -> POWERED_ITEMS.contains(row.itemNo()));
		return new CareSummary(view.assessedOn(), view.total(), view.careClass().messageKey(), items, devices,
				powerDependent);
	}

	/** 人工呼吸器の管理（見守り高）. */
	private String itemText(CareScoreRow row) {
		return row.shortLabel() + "（" + message("registry.care.level." + row.level().name()) + "）";
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
