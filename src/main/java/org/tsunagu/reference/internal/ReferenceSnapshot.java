package org.tsunagu.reference.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tsunagu.reference.CareScoreItemView;
import org.tsunagu.reference.DepartmentView;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.RegionView;

/**
 * All reference data at one moment, as immutable views: small enough (about a hundred rows) to keep in
 * memory and answer every read from.
 */
record ReferenceSnapshot(List<RegionView> regions, List<MunicipalityView> municipalities,
		List<DepartmentView> departments, List<CareScoreItemView> careScoreItems,
		Map<String, RegionView> regionsByName, Map<String, MunicipalityView> municipalitiesByCode) {

	ReferenceSnapshot(List<RegionView> regions, List<MunicipalityView> municipalities,
			List<DepartmentView> departments, List<CareScoreItemView> careScoreItems) {
		this(List.copyOf(regions), List.copyOf(municipalities), List.copyOf(departments), List.copyOf(careScoreItems),
				regions.stream().collect(Collectors.toUnmodifiableMap(RegionView::name, Function.identity())),
				municipalities.stream()
					.collect(Collectors.toUnmodifiableMap(view -> view.code().value(), Function.identity())));
	}
}
