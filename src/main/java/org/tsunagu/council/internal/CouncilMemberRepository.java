package org.tsunagu.council.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CouncilMemberRepository extends JpaRepository<CouncilMember, UUID> {

	List<CouncilMember> findByCouncilIdOrderByTermFromAscPersonNameAsc(UUID councilId);

	@Query("select distinct m.councilId from CouncilMember m where m.organisation = ?1")
	List<UUID> findCouncilIdsOfOrganisation(String organisation);
}
