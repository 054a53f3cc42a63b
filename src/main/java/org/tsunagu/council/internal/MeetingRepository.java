package org.tsunagu.council.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

	List<Meeting> findByCouncilIdOrderByHeldOnDescStartsAtDesc(UUID councilId);

	List<Meeting> findByCouncilIdInOrderByHeldOnDescStartsAtDesc(List<UUID> councilIds);

	List<Meeting> findByCouncilIdAndHeldOnBetween(UUID councilId, LocalDate from, LocalDate to);

	Optional<Meeting> findFirstByCouncilIdAndHeldOnGreaterThanEqualOrderByHeldOnAscStartsAtAsc(UUID councilId,
			LocalDate from);

	@Query("select m from Meeting m where m.summaryPublished = true order by m.heldOn desc")
	List<Meeting> findPublished();
}
