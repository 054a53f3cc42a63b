package org.tsunagu.audit;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Reads the audit log, for the administrators' screen, API and export. Entries can be sorted by
 * {@code occurredAt}, {@code actor} and {@code action}; other sort keys are ignored, and the default is newest
 * first.
 */
public interface AuditQueries {

	/** One page of the entries that match. */
	Page<AuditEntryView> findEntries(AuditSearch search, Pageable pageable);

	/**
	 * Hands every matching entry, in order, to {@code consumer} without holding them all in memory (for the
	 * CSV export). Runs in one read-only transaction, so the consumer should only write the entry out.
	 */
	void forEachEntry(AuditSearch search, Sort sort, Consumer<AuditEntryView> consumer);

	/**
	 * Who read or changed what about some records (閲覧記録): the entries whose target id is one of
	 * {@code recordIds} or whose detail names one of them (as sub-records name their child: {@code child=…}),
	 * newest first, at most {@code limit}. Ids are UUIDs or codes, compared exactly (detail: contained).
	 */
	List<AuditEntryView> findConcerning(Collection<String> recordIds, int limit);
}
