package org.tsunagu.council.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialRepository extends JpaRepository<Material, UUID> {

	List<Material> findByMeetingIdOrderByFileName(UUID meetingId);
}
