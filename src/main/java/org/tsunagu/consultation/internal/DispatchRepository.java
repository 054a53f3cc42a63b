package org.tsunagu.consultation.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DispatchRepository extends JpaRepository<SupervisorDispatch, UUID>,
		JpaSpecificationExecutor<SupervisorDispatch> {
}
