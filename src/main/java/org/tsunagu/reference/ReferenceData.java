package org.tsunagu.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Read access to the reference data for other modules: 圏域, 市町村, the 庁内連携会議 departments and the
 * 医療的ケア判定スコア items. Answers come from an in-memory snapshot (reference data changes rarely) that is
 * rebuilt after an administrator's edit is committed.
 */
public interface ReferenceData {

	/** The regions in display order; retired ones only when asked for. */
	List<RegionView> regions(boolean includeRetired);

	/** A region by its name. */
	Optional<RegionView> region(String name);

	/** The municipalities of one region, or of all when {@code regionName} is null, in code order. */
	List<MunicipalityView> municipalities(@Nullable String regionName);

	/**
	 * The municipalities still in use of each given region, in the regions' order: what the 圏域 and 市町村
	 * choices of forms and filters offer.
	 */
	default Map<RegionView, List<MunicipalityView>> activeMunicipalitiesByRegion(List<RegionView> regions) {
		Map<RegionView, List<MunicipalityView>> grouped = new LinkedHashMap<>();
		for (RegionView region : regions) {
			grouped.put(region, municipalities(region.name()).stream().filter(m -> !m.retired()).toList());
		}
		return grouped;
	}

	/** A municipality by its code. */
	Optional<MunicipalityView> municipality(MunicipalityCode code);

	/** The 庁内連携会議 departments in the order of the 別表; retired ones only when asked for. */
	List<DepartmentView> departments(boolean includeRetired);

	/** The 医療的ケア判定スコア rows of every table version, oldest version first, in sheet order. */
	List<CareScoreItemView> careScoreItems();
}
