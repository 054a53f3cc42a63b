package org.tsunagu.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.RegionView;
import org.tsunagu.registry.CareClass;
import org.tsunagu.registry.ChildFigures;
import org.tsunagu.registry.ChildStatistics;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.reporting.StatRow;
import org.tsunagu.reporting.StatTable;

/**
 * 要綱 エ (実態把握): the children of the registry by 圏域, 市町村, age, care and status, and the
 * power-dependent children without a 個別避難計画.
 */
@Component
class ChildrenSection implements ReportSection {

	/** Age bands after the life stages the center plans for: lower bound → upper bound (null: open). */
	static final int[][] AGE_BANDS = { { 0, 2 }, { 3, 5 }, { 6, 11 }, { 12, 14 }, { 15, 17 }, { 18, -1 } };

	private final ChildStatistics statistics;

	private final Places places;

	ChildrenSection(ChildStatistics statistics, Places places) {
		this.statistics = statistics;
		this.places = places;
	}

	@Override
	public String id() {
		return "children";
	}

	@Override
	public String duty() {
		return "エ";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String titleKey() {
		return "reporting.section.children";
	}

	@Override
	public List<StatTable> tables(SectionContext context) {
		Labels labels = context.labels();
		ChildFigures figures = statistics.count(context.scope(), context.region(), context.referenceDay());
		List<RegionView> regions = places.regions(context.scope(), context.region());
		List<MunicipalityView> municipalities = places.municipalities(regions);
		Map<Integer, String> careItems = places.careItems();
		List<StatTable> tables = new ArrayList<>();
		tables.add(Tables.count("children-by-region", labels, "reporting.header.region",
				Tables.placeRows(regions, figures.byRegion(), RegionView::name, RegionView::name), "bar",
				"reporting.note.enrolled"));
		tables.add(Tables.count("children-by-municipality", labels, "reporting.header.municipality",
				Tables.placeRows(municipalities, figures.byMunicipality(), m -> m.code().value(), MunicipalityView::name)
					.stream()
					.filter(row -> row.values().get(0) > 0)
					.toList(),
				"horizontal", "reporting.note.municipalities"));
		tables.add(Tables.count("children-by-age", labels, "reporting.header.ageBand", ageRows(figures, labels), "bar",
				"reporting.note.age"));
		tables.add(Tables.count("children-by-care-item", labels, "reporting.header.careItem",
				Tables.rows(List.copyOf(careItems.keySet()), figures.byCareItem(), String::valueOf, careItems::get),
				"horizontal", "reporting.note.careItem"));
		List<StatRow> classes = new ArrayList<>(
				Tables.enumRows(CareClass.values(), figures.byCareClass(), "registry.careClass.", labels));
		classes.add(StatRow.of("NOT_ASSESSED", labels.get("reporting.careClass.notAssessed"), figures.notAssessed()));
		tables.add(Tables.count("children-by-care-class", labels, "reporting.header.careClass", classes, "doughnut",
				null));
		tables.add(Tables.count("children-by-status", labels, "reporting.header.status",
				Tables.enumRows(ChildStatus.values(), figures.byStatus(), "registry.status.", labels), "bar",
				"reporting.note.status"));
		tables.add(powerTable(figures, regions, labels));
		return tables;
	}

	private static List<StatRow> ageRows(ChildFigures figures, Labels labels) {
		Map<String, Long> bands = new LinkedHashMap<>();
		for (int[] band : AGE_BANDS) {
			String key = band[1] < 0 ? band[0] + "+" : band[0] + "-" + band[1];
			long count = figures.byAge()
				.entrySet()
				.stream()
				.filter(e -> e.getKey() >= band[0] && (band[1] < 0 || e.getKey() <= band[1]))
				.mapToLong(Map.Entry::getValue)
				.sum();
			bands.put(key, count);
		}
		return Tables.rows(List.copyOf(bands.keySet()), bands, k -> k, k -> labels.get("reporting.ageBand." + k));
	}

	private static StatTable powerTable(ChildFigures figures, List<RegionView> regions, Labels labels) {
		List<StatRow> rows = regions.stream()
			.map(region -> new StatRow(region.name(), region.name(),
					List.of(figures.powerDependentByRegion().getOrDefault(region.name(), 0L),
							figures.withoutPlanByRegion().getOrDefault(region.name(), 0L))))
			.toList();
		return new StatTable("power-dependent-without-plan", labels.get("reporting.table.power-dependent-without-plan"),
				labels.get("reporting.header.region"),
				List.of(labels.get("reporting.header.powerDependent"), labels.get("reporting.header.withoutPlan")), rows,
				"bar", true, labels.get("reporting.note.power"));
	}
}
