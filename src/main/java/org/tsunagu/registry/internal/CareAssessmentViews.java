package org.tsunagu.registry.internal;

import java.util.List;

import org.tsunagu.registry.CareAssessmentView;
import org.tsunagu.registry.CareItemOption;
import org.tsunagu.registry.CareScoreRow;
import org.tsunagu.registry.SevereScoreView;

/**
 * Turns stored assessments into the records the module API returns. Labels and 基本 points come from the
 * table version of the assessment date; the points are the ones stored when it was recorded.
 */
final class CareAssessmentViews {

	private CareAssessmentViews() {
	}

	static CareAssessmentView view(CareAssessment assessment, CareScoreCalculator calculator) {
		List<CareScoreRow> rows = assessment.getItems().stream().map(item -> row(item, calculator)).toList();
		return new CareAssessmentView(assessment.getId(), assessment.getChildId(), assessment.getAssessedOn(),
				assessment.getAssessedBy(), assessment.getTotal(), assessment.getCareClass(), rows,
				assessment.getDevices(), assessment.getNotes(), assessment.getCreatedAt(), assessment.getCreatedBy());
	}

	static SevereScoreView view(SevereDisabilityScore score) {
		return new SevereScoreView(score.getId(), score.getScoredOn(), score.getTotal(), score.getClassification(),
				score.getNotes());
	}

	private static CareScoreRow row(AssessedItem item, CareScoreCalculator calculator) {
		CareItemOption option = calculator.options()
			.stream()
			.filter(o -> o.itemNo() == item.getItemNo() && o.subItem() == item.getSubItem())
			.findFirst()
			.orElse(null);
		if (option == null) {
			// A row later removed from the table: keep what was stored, say which row it was.
			String label = "No." + item.getItemNo() + (item.getSubItem() == 0 ? "" : "-" + item.getSubItem());
			return new CareScoreRow(item.getItemNo(), item.getSubItem(), label, null, item.getLevel(),
					item.getPoints(), 0, item.getPoints());
		}
		int base = Math.min(option.base(), item.getPoints());
		return new CareScoreRow(item.getItemNo(), item.getSubItem(), option.category(), option.subItemLabel(),
				item.getLevel(), base, item.getPoints() - base, item.getPoints());
	}
}
