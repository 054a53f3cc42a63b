package org.tsunagu.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.FiscalYear;
import org.tsunagu.reporting.ReportSectionView;

/**
 * Puts the sections together in 要綱 order. The scope must already be checked ({@link ReportAccess}); the
 * same builder feeds the dashboard, the API, the workbook and the PDF, so their figures are the same.
 */
@Component
class DashboardBuilder {

	private final List<ReportSection> sections;

	private final Clock clock;

	DashboardBuilder(List<ReportSection> sections, Clock clock) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
		this.clock = clock;
	}

	Dashboard build(AccessScope scope, @Nullable String region, FiscalYear year, LocalDate today, Labels labels) {
		String shown = ReportAccess.regionFor(scope, region);
		SectionContext context = new SectionContext(scope, shown, year, year.referenceDay(today), labels);
		List<ReportSectionView> views = sections.stream()
			.map(section -> new ReportSectionView(section.id(), section.duty(), labels.get(section.titleKey()),
					section.tables(context)))
			.toList();
		return new Dashboard(year, shown, context.referenceDay(), views, clock.instant());
	}
}
