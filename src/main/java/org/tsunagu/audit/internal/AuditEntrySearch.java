package org.tsunagu.audit.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.tsunagu.audit.AuditCursor;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.shared.CappedCount;

/**
 * Searches with optional filters, built as a criteria query so an absent filter is left out of the SQL
 * instead of being bound as an untyped null (which PostgreSQL rejects in {@code :p is null}).
 */
interface AuditEntrySearch {

	/**
	 * One page by OFFSET with a capped total; the sort must name only properties of {@link AuditEntry} and the
	 * page must start within the cap (checked by the caller: the repository would wrap the exception).
	 */
	Page<AuditEntryView> search(AuditSearch search, Pageable pageable);

	/** At most {@code limit} entries after {@code after} (from the newest when null), newest first then by id. */
	List<AuditEntryView> newest(AuditSearch search, @Nullable AuditCursor after, int limit);

	/** How many entries match, counted up to the cap. */
	CappedCount count(AuditSearch search);

	/** Every match as a stream of detached views; must be closed and consumed inside a transaction. */
	Stream<AuditEntryView> stream(AuditSearch search, Sort sort);

	/** Entries whose target is one of {@code ids} or whose detail names one of them, newest first. */
	List<AuditEntryView> concerning(Collection<String> ids, int limit);
}
