package org.tsunagu.council;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tsunagu.identity.AccessScope;

/**
 * 統計: counts of council meetings and actions for reports — numbers by council only. The caller passes the
 * scope it has already decided: a health office counts only the councils of its own 圏域 (not the
 * prefecture-wide ones), so this API never widens what a user sees.
 */
public interface CouncilStatistics {

	/**
	 * Meetings held from {@code from} to {@code heldUntil} inclusive, and the actions as they stand on
	 * {@code today} (open = not done; overdue = open with a due day before today).
	 *
	 * @param scope whose councils may be counted (an organisation scope counts none)
	 * @param region one 圏域, or null for every council within the scope
	 */
	CouncilFigures count(AccessScope scope, @Nullable String region, LocalDate from, LocalDate heldUntil,
			LocalDate today);
}
