package org.tsunagu.audit;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Reads the audit log, for the administrators' screen, API and export. Entries can be sorted by
 * {@code occurredAt}, {@code actor} and {@code action}; other sort keys are ignored, and the default is newest
 * first.
 */
public interface AuditQueries {

	/**
	 * One page of the entries that match (OFFSET paging, for sorts other than newest first and for the API). The
	 * total is a capped count ({@link org.tsunagu.shared.CappedPage}: at most 10,000).
	 *
	 * @throws org.tsunagu.shared.PageBeyondCapException for a page that starts beyond the cap
	 */
	Page<AuditEntryView> findEntries(AuditSearch search, Pageable pageable);

	/**
	 * Newest first by keyset, as far back as the log goes: at most {@code size} matching entries after
	 * {@code after} (from the newest when null), where the older ones go on, and the capped count of all matches.
	 */
	AuditEntryWindow findNewest(AuditSearch search, @Nullable AuditCursor after, int size);

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
