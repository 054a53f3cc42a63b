package org.tsunagu.council.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.tsunagu.council.IssueStatus;

interface RegionalIssueRepository extends JpaRepository<RegionalIssue, UUID> {

	List<RegionalIssue> findByStatusOrderByRaisedOn(IssueStatus status);

	List<RegionalIssue> findByCouncilIdOrderByRaisedOnDesc(UUID councilId);

	List<RegionalIssue> findAllByOrderByRaisedOnDesc();
}
