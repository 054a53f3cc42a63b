package org.tsunagu.audit.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.shared.CappedPage;

/**
 * One page of audit entries as the JSON API returns it.
 *
 * @param entries the entries of this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalElements how many entries match in all, counted up to 10,000
 * @param totalPages how many pages there are (up to the 10,000th entry)
 * @param totalCapped whether more entries match than {@code totalElements} says (it is 10,000 then)
 */
record AuditEntryPage(List<AuditEntryView> entries, int page, int size, long totalElements, int totalPages,
		boolean totalCapped) {

	static AuditEntryPage of(Page<AuditEntryView> page) {
		return new AuditEntryPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages(), CappedPage.isTotalCapped(page));
	}
}
