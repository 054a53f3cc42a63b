package org.tsunagu.audit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditCursor;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditEntryWindow;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.shared.CappedCount;

@Service
@Transactional(readOnly = true)
class JpaAuditQueries implements AuditQueries {

	/** The columns the screen offers to sort by; anything else in a URL is ignored rather than failing. */
	static final Set<String> SORTABLE = Set.of("occurredAt", "actor", "action");

	static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt");

	private final AuditEntryRepository entries;

	private final AuditWriteBehind writeBehind;

	JpaAuditQueries(AuditEntryRepository entries, AuditWriteBehind writeBehind) {
		this.entries = entries;
		this.writeBehind = writeBehind;
	}

	@Override
	public Page<AuditEntryView> findEntries(AuditSearch search, Pageable pageable) {
		CappedCount.checkOffset(pageable);
		writeBehind.flush();
		Pageable safe = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sortable(pageable.getSort()));
		return entries.search(search, safe);
	}

	@Override
	public AuditEntryWindow findNewest(AuditSearch search, @Nullable AuditCursor after, int size) {
		if (size < 1) {
			throw new IllegalArgumentException("A window holds at least one entry, not " + size);
		}
		writeBehind.flush();
		List<AuditEntryView> rows = entries.newest(search, after, size + 1);
		if (rows.size() <= size) {
			// From the newest, these are all the matches: no need to count them again.
			CappedCount total = after == null ? CappedCount.of(rows.size()) : entries.count(search);
			return new AuditEntryWindow(rows, null, total);
		}
		List<AuditEntryView> window = rows.subList(0, size);
		return new AuditEntryWindow(window, AuditCursor.after(window.get(size - 1)), entries.count(search));
	}

	@Override
	public void forEachEntry(AuditSearch search, Sort sort, Consumer<AuditEntryView> consumer) {
		writeBehind.flush();
		try (Stream<AuditEntryView> stream = entries.stream(search, sortable(sort))) {
			stream.forEach(consumer);
		}
	}

	@Override
	public List<AuditEntryView> findConcerning(Collection<String> recordIds, int limit) {
		writeBehind.flush();
		return entries.concerning(recordIds, limit);
	}

	static Sort sortable(Sort sort) {
		Sort kept = Sort.by(sort.stream().filter(order -> SORTABLE.contains(order.getProperty())).toList());
		return kept.isSorted() ? kept : NEWEST_FIRST;
	}
}
