package org.tsunagu.institution.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface InstitutionRepository extends JpaRepository<Institution, UUID>, JpaSpecificationExecutor<Institution> {

	/**
	 * Loads an institution to change it and raises its version on commit even when only its contacts or
	 * capabilities change: those rows have no version of their own.
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select i from Institution i where i.id = ?1")
	Optional<Institution> findForChange(UUID id);

	@Query("select i from Institution i where i.profile.officeNumber = ?1")
	Optional<Institution> findByOfficeNumber(String officeNumber);

	@Query("select i from Institution i where i.name = ?1 and i.municipalityCode = ?2")
	java.util.List<Institution> findByNameIn(String name, String municipalityCode);

	@Query("select count(i) > 0 from Institution i where i.profile.officeNumber = ?1 and i.id <> ?2")
	boolean isOfficeNumberUsedByOther(String officeNumber, UUID id);
}
