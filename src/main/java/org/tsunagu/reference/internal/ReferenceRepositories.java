package org.tsunagu.reference.internal;

import org.springframework.stereotype.Component;

/**
 * The module's four repositories together, for the classes that work on all reference data at once.
 */
@Component
record ReferenceRepositories(RegionRepository regions, MunicipalityRepository municipalities,
		DepartmentRepository departments, CareScoreItemRepository careScoreItems) {
}
