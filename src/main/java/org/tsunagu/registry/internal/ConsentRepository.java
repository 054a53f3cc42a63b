package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.tsunagu.registry.ConsentPurpose;

interface ConsentRepository extends JpaRepository<Consent, UUID> {

	List<Consent> findByChildIdOrderByGivenOnDescCreatedAtDesc(UUID childId);

	List<Consent> findByChildIdAndPurpose(UUID childId, ConsentPurpose purpose);

	/** Whether an effective 関係機関 sharing consent names the organisation on {@code day}. */
	@Query("""
			select count(c) > 0 from Consent c
			where c.childId = :childId and c.purpose = org.tsunagu.registry.ConsentPurpose.SHARE_INSTITUTION
			  and c.organisation = :organisation and c.givenOn <= :day
			  and (c.expiresOn is null or c.expiresOn >= :day)
			  and (c.withdrawnOn is null or c.withdrawnOn > :day)
			""")
	boolean isSharedWith(@Param("childId") UUID childId, @Param("organisation") String organisation,
			@Param("day") LocalDate day);
}
