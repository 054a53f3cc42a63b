package org.tsunagu.reference.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * The 市町村.
 */
interface MunicipalityRepository extends JpaRepository<Municipality, UUID>, JpaSpecificationExecutor<Municipality> {

	Optional<Municipality> findByCode(String code);

	List<Municipality> findAllByOrderByCodeAsc();

	/** Rows of (region name, number of municipalities), retired municipalities included. */
	@Query("select m.region.name, count(m) from Municipality m group by m.region.name")
	List<Object[]> countByRegionName();
}
