package org.tsunagu.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tsunagu.identity.AccessScope;

/**
 * 統計: counts of the registry for reports and open data — numbers by key only, never a child. The caller
 * passes the scope it has already decided (a health office's own 圏域 for its dashboard, the whole
 * prefecture for suppressed open data), so this API never widens what a user may see by itself.
 */
public interface ChildStatistics {

	/**
	 * The registry's figures on a reference day: children not deleted, born on or before {@code asOf}, ages
	 * on {@code asOf}, status and care as currently recorded (the registry keeps no history of them).
	 *
	 * @param scope whose children may be counted (an organisation scope counts none)
	 * @param region one 圏域, or null for every 圏域 within the scope
	 */
	ChildFigures count(AccessScope scope, @Nullable String region, LocalDate asOf);
}
