package org.tsunagu.reference.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.shared.RecordNotFoundException;

/**
 * What an administrator does with the 庁内連携会議 departments: add one when the 別表 grows, correct or
 * retire one when the prefecture reorganises.
 */
@Service
public class DepartmentAdministration {

	private final DepartmentRepository departments;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	DepartmentAdministration(DepartmentRepository departments, AuditLog auditLog, ApplicationEventPublisher events) {
		this.departments = departments;
		this.auditLog = auditLog;
		this.events = events;
	}

	/** Every department in 別表 order, retired ones included. */
	@Transactional(readOnly = true)
	public List<Department> findAll() {
		return departments.findAllByOrderBySortOrderAscDivisionAsc();
	}

	/** The department with the id. */
	@Transactional(readOnly = true)
	public Department find(UUID id) {
		return departments.findById(id).orElseThrow(() -> new RecordNotFoundException("Department", id));
	}

	/** Adds a department. */
	@Transactional
	public Department create(DepartmentChange change) {
		Department department = new Department(change.bureau(), change.division().strip(), change.sortOrder());
		department.markRetired(change.retired());
		departments.save(department);
		auditLog.record(AuditAction.CREATE, "Department", department.getId().toString(), describe(department));
		events.publishEvent(new ReferenceDataChanged("Department"));
		return department;
	}

	/**
	 * Applies an administrator's edit.
	 *
	 * @throws org.tsunagu.shared.StaleRecordException when someone else changed it since it was read
	 */
	@Transactional
	public Department update(UUID id, DepartmentChange change) {
		Department department = find(id);
		department.checkVersion(change.version());
		boolean retiring = change.retired() && !department.isRetired();
		department.change(change.bureau(), change.division().strip(), change.sortOrder());
		department.markRetired(change.retired());
		auditLog.record(retiring ? AuditAction.DELETE : AuditAction.UPDATE, "Department", id.toString(),
				describe(department));
		events.publishEvent(new ReferenceDataChanged("Department"));
		return department;
	}

	private static String describe(Department department) {
		return "bureau=%s, division=%s, retired=%s".formatted(department.getBureau(), department.getDivision(),
				department.isRetired());
	}
}
