package org.tsunagu.reporting.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationFigures;
import org.tsunagu.consultation.ConsultationStatistics;
import org.tsunagu.consultation.ConsultationStatus;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.reference.RegionView;
import org.tsunagu.reporting.StatTable;

/**
 * 要綱 ア (各種相談支援): consultations received in the 年度 by month, channel, consulter, topic, 圏域 and
 * status. The time to close is not counted: consultations do not record when they were closed yet.
 */
@Component
class ConsultationSection implements ReportSection {

	private final ConsultationStatistics statistics;

	private final Places places;

	ConsultationSection(ConsultationStatistics statistics, Places places) {
		this.statistics = statistics;
		this.places = places;
	}

	@Override
	public String id() {
		return "consultations";
	}

	@Override
	public String duty() {
		return "ア";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String titleKey() {
		return "reporting.section.consultations";
	}

	@Override
	public List<StatTable> tables(SectionContext context) {
		Labels labels = context.labels();
		ConsultationFigures figures = statistics.count(context.scope(), context.region(), context.year().start(),
				context.year().end());
		List<YearMonth> months = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(YearMonth.from(context.year().start()).plusMonths(i));
		}
		List<RegionView> regions = places.regions(context.scope(), context.region());
		List<StatTable> tables = new ArrayList<>();
		tables.add(Tables.count("consultations-by-month", labels, "reporting.header.month",
				Tables.rows(months, figures.byMonth(), YearMonth::toString,
						month -> labels.get("reporting.month", month.getYear(), month.getMonthValue())),
				"line", "reporting.note.month"));
		tables.add(Tables.count("consultations-by-channel", labels, "reporting.header.channel",
				Tables.enumRows(ConsultationChannel.values(), figures.byChannel(), "consultation.channel.", labels), "bar",
				null));
		tables.add(Tables.count("consultations-by-consulter", labels, "reporting.header.consulter",
				Tables.enumRows(ConsulterType.values(), figures.byConsulter(), "consultation.consulterType.", labels),
				"horizontal", null));
		tables.add(Tables.count("consultations-by-topic", labels, "reporting.header.topic",
				Tables.enumRows(ConsultationTopic.values(), figures.byTopic(), "consultation.topic.", labels),
				"horizontal", "reporting.note.topic"));
		tables.add(Tables.count("consultations-by-region", labels, "reporting.header.region",
				Tables.placeRows(regions, figures.byRegion(), RegionView::name, RegionView::name), "bar", null));
		tables.add(Tables.count("consultations-by-status", labels, "reporting.header.consultationStatus",
				Tables.enumRows(ConsultationStatus.values(), figures.byStatus(), "consultation.status.", labels),
				"doughnut", null));
		tables.add(StatTable.missing("consultations-time-to-close", labels.get("reporting.table.consultations-time-to-close"),
				labels.get("reporting.missing.timeToClose")));
		return tables;
	}
}
