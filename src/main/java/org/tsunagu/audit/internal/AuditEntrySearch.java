package org.tsunagu.audit.internal;

import java.util.Collection;
import java.util.List;

import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditSearch;

/**
 * Searches with optional filters, built as a criteria query so an absent filter is left out of the SQL
 * instead of being bound as an untyped null (which PostgreSQL rejects in {@code :p is null}).
 */
interface AuditEntrySearch {

	/** One page; the sort must name only properties of {@link AuditEntry}. */
	Page<AuditEntryView> search(AuditSearch search, Pageable pageable);

	/** Every match as a stream of detached views; must be closed and consumed inside a transaction. */
	Stream<AuditEntryView> stream(AuditSearch search, Sort sort);

	/** Entries whose target is one of {@code ids} or whose detail names one of them, newest first. */
	List<AuditEntryView> concerning(Collection<String> ids, int limit);
}
