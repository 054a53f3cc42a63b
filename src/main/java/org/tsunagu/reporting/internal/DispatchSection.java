package org.tsunagu.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tsunagu.consultation.DispatchFigures;
import org.tsunagu.consultation.DispatchStatistics;
import org.tsunagu.consultation.DispatchStatus;
import org.tsunagu.reference.RegionView;
import org.tsunagu.reporting.StatTable;

/**
 * 要綱 ア (スーパーバイザーの派遣): dispatches requested in the 年度 by month of the request, by where they stand
 * now and by 圏域.
 */
@Component
class DispatchSection implements ReportSection {

	private final DispatchStatistics statistics;

	private final Places places;

	DispatchSection(DispatchStatistics statistics, Places places) {
		this.statistics = statistics;
		this.places = places;
	}

	@Override
	public String id() {
		return "supervisor-dispatch";
	}

	@Override
	public String duty() {
		return "ア";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String titleKey() {
		return "reporting.section.supervisor-dispatch";
	}

	@Override
	public List<StatTable> tables(SectionContext context) {
		Labels labels = context.labels();
		DispatchFigures figures = statistics.count(context.scope(), context.region(), context.year().start(),
				context.year().end());
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(YearMonth.from(context.year().start()).plusMonths(i));
		}
		List<RegionView> regions = places.regions(context.scope(), context.region());
		return List.of(
				Tables.count("supervisor-dispatches", labels, "reporting.header.month",
						Tables.rows(months, figures.byMonth(), YearMonth::toString,
								month -> labels.get("reporting.month", month.getYear(), month.getMonthValue())),
						"line", "reporting.note.dispatchMonth"),
				Tables.count("supervisor-dispatches-by-status", labels, "reporting.header.dispatchStatus",
						Tables.enumRows(DispatchStatus.values(), figures.byStatus(), "consultation.dispatch.status.",
								labels),
						"doughnut", null),
				Tables.count("supervisor-dispatches-by-region", labels, "reporting.header.region",
						Tables.placeRows(regions, figures.byRegion(), RegionView::name, RegionView::name), "bar", null));
	}
}
