package org.tsunagu.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tsunagu.shared.CappedCount;

/**
 * A stretch of the newest-first audit log (keyset paging).
 *
 * @param entries the entries, newest first
 * @param next where the older entries go on, or null when these are the oldest that match
 * @param total how many entries match the search in all, counted up to the cap
 */
public record AuditEntryWindow(List<AuditEntryView> entries, @Nullable AuditCursor next, CappedCount total) {

	public AuditEntryWindow {
		entries = List.copyOf(entries);
	}
}
