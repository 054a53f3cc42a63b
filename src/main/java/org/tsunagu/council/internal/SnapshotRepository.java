package org.tsunagu.council.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SnapshotRepository extends JpaRepository<Snapshot, UUID> {

	List<Snapshot> findByMeetingIdOrderByCreatedAtDesc(UUID meetingId);
}
