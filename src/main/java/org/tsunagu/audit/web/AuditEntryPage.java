package org.tsunagu.audit.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.tsunagu.audit.AuditEntryView;

/**
 * One page of audit entries as the JSON API returns it.
 *
 * @param entries the entries of this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalElements how many entries match in all
 * @param totalPages how many pages there are
 */
record AuditEntryPage(List<AuditEntryView> entries, int page, int size, long totalElements, int totalPages) {

	static AuditEntryPage of(Page<AuditEntryView> page) {
		return new AuditEntryPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}
}
