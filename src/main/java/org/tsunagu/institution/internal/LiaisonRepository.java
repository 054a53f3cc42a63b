package org.tsunagu.institution.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LiaisonRepository extends JpaRepository<Liaison, UUID> {

	@Query("select l from Liaison l where l.institutionId = ?1 order by l.contactedOn desc, l.createdAt desc")
	List<Liaison> findTimeline(UUID institutionId);

	/** Open follow-ups, the earliest due first and those without a due date last. */
	@Query("""
			select l from Liaison l where l.followUp is not null and l.followUpDoneOn is null
			order by case when l.followUpDue is null then 1 else 0 end, l.followUpDue, l.contactedOn""")
	List<Liaison> findOpenFollowUps();

	/** Open follow-ups with institutions of one 圏域, in the same order. */
	@Query("""
			select l from Liaison l where l.followUp is not null and l.followUpDoneOn is null
			and l.institutionId in (select i.id from Institution i where i.regionName = ?1)
			order by case when l.followUpDue is null then 1 else 0 end, l.followUpDue, l.contactedOn""")
	List<Liaison> findOpenFollowUpsIn(String regionName);

	long countByInstitutionId(UUID institutionId);

	/** The liaisons about one child (for a disclosure), the newest first. */
	List<Liaison> findByChildIdOrderByContactedOnDesc(UUID childId);
}
