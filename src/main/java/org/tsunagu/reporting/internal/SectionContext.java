package org.tsunagu.reporting.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.reporting.FiscalYear;

/**
 * What a section counts: the caller's scope (already checked), the 圏域 asked for, the 年度 and the day
 * registry figures are taken on.
 */
record SectionContext(AccessScope scope, @Nullable String region, FiscalYear year, LocalDate referenceDay,
		Labels labels) {
}
