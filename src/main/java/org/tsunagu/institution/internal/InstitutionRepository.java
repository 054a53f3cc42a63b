package org.tsunagu.institution.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InstitutionRepository extends JpaRepository<Institution, UUID>, JpaSpecificationExecutor<Institution> {

	@Query("select count(i) > 0 from Institution i where i.profile.officeNumber = ?1 and i.id <> ?2")
	boolean isOfficeNumberUsedByOther(String officeNumber, UUID id);
}
