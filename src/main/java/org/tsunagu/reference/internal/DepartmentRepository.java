package org.tsunagu.reference.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The 庁内連携会議 departments.
 */
interface DepartmentRepository extends JpaRepository<Department, UUID> {

	List<Department> findAllByOrderBySortOrderAscDivisionAsc();
}
