package org.tsunagu.reporting.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tsunagu.council.CouncilFigures;
import org.tsunagu.council.CouncilStatistics;
import org.tsunagu.reporting.StatRow;
import org.tsunagu.reporting.StatTable;
import org.tsunagu.shared.JapaneseDates;

/**
 * 要綱 イ (関係機関との連絡調整・推進会議): meetings held in the 年度 up to the reference day and the councils'
 * open and overdue actions as they stand today, by council. Liaison records other than councils are not kept
 * by any module yet and stay 「データ未整備」.
 */
@Component
class LiaisonSection implements ReportSection {

	private final CouncilStatistics statistics;

	LiaisonSection(CouncilStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public String id() {
		return "liaison";
	}

	@Override
	public String duty() {
		return "イ";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String titleKey() {
		return "reporting.section.liaison";
	}

	@Override
	public List<StatTable> tables(SectionContext context) {
		Labels labels = context.labels();
		CouncilFigures figures = statistics.count(context.scope(), context.region(), context.year().start(),
				context.referenceDay(), JapaneseDates.today());
		Map<UUID, String> names = figures.councils();
		List<UUID> councils = names.keySet()
			.stream()
			.sorted(Comparator.comparing((UUID id) -> names.get(id)).thenComparing(UUID::toString))
			.toList();
		List<StatRow> actions = councils.stream()
			.map(council -> new StatRow(council.toString(), names.get(council),
					List.of(figures.openActions().getOrDefault(council, 0L),
							figures.overdueActions().getOrDefault(council, 0L))))
			.toList();
		return List.of(
				StatTable.missing("liaison-records", labels.get("reporting.table.liaison-records"),
						labels.get("reporting.missing.module")),
				Tables.count("councils-held", labels, "reporting.header.council",
						Tables.rows(councils, figures.meetingsHeld(), UUID::toString, names::get), "horizontal",
						"reporting.note.councilsHeld"),
				new StatTable("council-open-actions", labels.get("reporting.table.council-open-actions"),
						labels.get("reporting.header.council"),
						List.of(labels.get("reporting.header.openActions"), labels.get("reporting.header.overdueActions")),
						actions, "horizontal", true, labels.get("reporting.note.councilActions")));
	}
}
