package org.tsunagu.reporting.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tsunagu.reference.RegionView;
import org.tsunagu.reporting.StatTable;
import org.tsunagu.training.TrainingFigures;
import org.tsunagu.training.TrainingStatistics;

/**
 * 要綱 ウ (人材育成): applications to and completions of the 年度's training offerings, by course and by the
 * applicant's 圏域.
 */
@Component
class TrainingSection implements ReportSection {

	private final TrainingStatistics statistics;

	private final Places places;

	TrainingSection(TrainingStatistics statistics, Places places) {
		this.statistics = statistics;
		this.places = places;
	}

	@Override
	public String id() {
		return "training";
	}

	@Override
	public String duty() {
		return "ウ";
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public String titleKey() {
		return "reporting.section.training";
	}

	@Override
	public List<StatTable> tables(SectionContext context) {
		Labels labels = context.labels();
		TrainingFigures figures = statistics.count(context.scope(), context.region(), context.year().startYear());
		Map<UUID, String> titles = figures.courses();
		List<UUID> courses = titles.keySet()
			.stream()
			.sorted(Comparator.comparing((UUID id) -> titles.get(id)).thenComparing(UUID::toString))
			.toList();
		List<RegionView> regions = places.regions(context.scope(), context.region());
		return List.of(
				Tables.count("training-applications", labels, "reporting.header.course",
						Tables.rows(courses, figures.applicationsByCourse(), UUID::toString, titles::get), "horizontal",
						"reporting.note.trainingApplications"),
				Tables.count("training-completions", labels, "reporting.header.course",
						Tables.rows(courses, figures.completionsByCourse(), UUID::toString, titles::get), "horizontal",
						null),
				Tables.count("training-applications-by-region", labels, "reporting.header.region",
						Tables.placeRows(regions, figures.applicationsByRegion(), RegionView::name, RegionView::name),
						"bar", "reporting.note.trainingApplications"),
				Tables.count("training-completions-by-region", labels, "reporting.header.region",
						Tables.placeRows(regions, figures.completionsByRegion(), RegionView::name, RegionView::name),
						"bar", null));
	}
}
