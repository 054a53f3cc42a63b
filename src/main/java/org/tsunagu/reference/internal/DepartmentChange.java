package org.tsunagu.reference.internal;

import org.jspecify.annotations.Nullable;

/**
 * A new 庁内連携会議 department, or an edit of one based on the version the administrator saw (ignored on
 * creation).
 */
public record DepartmentChange(@Nullable String bureau, String division, int sortOrder, boolean retired,
		long version) {
}
