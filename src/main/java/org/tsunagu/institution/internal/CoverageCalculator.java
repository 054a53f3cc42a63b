package org.tsunagu.institution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tsunagu.institution.CoverageRow;
import org.tsunagu.institution.CoverageRow.MunicipalityCoverage;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.RegionView;

/**
 * Counts, for every 圏域 and municipality, the active coordinators who cover it. A coordinator without listed
 * municipalities covers their whole 圏域; one with a list covers exactly those, wherever they are.
 */
final class CoverageCalculator {

	private CoverageCalculator() {
	}

	static List<CoverageRow> coverage(Map<RegionView, List<MunicipalityView>> municipalitiesByRegion,
			List<Coordinator> coordinators) {
		List<Coordinator> active = coordinators.stream().filter(Coordinator::isActive).toList();
		List<CoverageRow> rows = new ArrayList<>();
		municipalitiesByRegion.forEach((region, municipalities) -> {
			List<MunicipalityCoverage> counts = municipalities.stream()
				.map(m -> new MunicipalityCoverage(m.code().value(), m.name(), (int) active.stream()
					.filter(c -> c.covers(m.code().value(), region.name()))
					.count()))
				.toList();
			int inRegion = (int) active.stream()
				.filter(c -> municipalities.stream().anyMatch(m -> c.covers(m.code().value(), region.name())))
				.count();
			rows.add(new CoverageRow(region.name(), inRegion, counts));
		});
		return rows;
	}
}
