package org.tsunagu.registry.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmergencySheetRepository extends JpaRepository<EmergencySheetRecord, UUID> {

	@Query("select coalesce(max(s.versionNumber), 0) from EmergencySheetRecord s where s.childId = :childId")
	int latestVersion(@Param("childId") UUID childId);

	List<EmergencySheetRecord> findByChildIdOrderByVersionNumber(UUID childId);
}
