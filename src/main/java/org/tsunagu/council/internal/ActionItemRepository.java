package org.tsunagu.council.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.tsunagu.council.ActionStatus;

interface ActionItemRepository extends JpaRepository<ActionItem, UUID> {

	List<ActionItem> findByCouncilIdInAndStatusIn(Collection<UUID> councilIds, Collection<ActionStatus> statuses);

	List<ActionItem> findByMeetingId(UUID meetingId);
}
