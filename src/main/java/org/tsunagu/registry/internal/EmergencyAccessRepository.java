package org.tsunagu.registry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmergencyAccessRepository extends JpaRepository<EmergencyAccess, UUID> {

	/** The user's access to the child that is open at {@code now} and lasts longest, if any. */
	@Query("""
			select a from EmergencyAccess a where a.childId = ?1 and a.username = ?2
			and a.grantedAt <= ?3 and a.expiresAt > ?3 order by a.expiresAt desc""")
	List<EmergencyAccess> findOpen(UUID childId, String username, Instant now);

	default Optional<EmergencyAccess> findOpenAccess(UUID childId, String username, Instant now) {
		return findOpen(childId, username, now).stream().findFirst();
	}

	/** Every access, those not yet reviewed first, then the newest first. */
	@Query("""
			select a from EmergencyAccess a
			order by case when a.reviewedAt is null then 0 else 1 end, a.grantedAt desc""")
	List<EmergencyAccess> findForReview();

	List<EmergencyAccess> findByChildIdOrderByGrantedAtDesc(UUID childId);

	long countByReviewedAtIsNull();

	/** Children in any 圏域 with exactly this フリガナ and birth date (the emergency search). */
	@Query("""
			select c from Child c where c.deletedAt is null and c.familyNameKana = ?1 and c.givenNameKana = ?2
			and c.birthDate = ?3 order by c.municipalityCode""")
	List<Child> findCandidates(String familyNameKana, String givenNameKana, LocalDate birthDate);
}
