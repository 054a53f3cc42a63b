package org.tsunagu.reference;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Read access to the reference data for other modules: 圏域 and 市町村 (cached; reference data changes
 * rarely).
 */
public interface ReferenceData {

	/** The regions in display order; retired ones only when asked for. */
	List<RegionView> regions(boolean includeRetired);

	/** A region by its name. */
	Optional<RegionView> region(String name);

	/** The municipalities of one region, or of all when {@code regionName} is null, in code order. */
	List<MunicipalityView> municipalities(@Nullable String regionName);

	/** A municipality by its code. */
	Optional<MunicipalityView> municipality(MunicipalityCode code);
}
