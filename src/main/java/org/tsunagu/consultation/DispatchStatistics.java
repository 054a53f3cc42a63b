package org.tsunagu.consultation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tsunagu.identity.AccessScope;

/**
 * 統計: counts of supervisor dispatches (スーパーバイザー派遣) for reports — numbers by key only, never a
 * dispatch. The caller passes the scope it has already decided (a health office's own 圏域), so this API never
 * widens what a user sees.
 */
public interface DispatchStatistics {

	/**
	 * Dispatches requested from {@code from} to {@code to} inclusive (the request day).
	 *
	 * @param scope whose dispatches may be counted (an organisation scope counts none)
	 * @param region one 圏域, or null for every 圏域 within the scope
	 */
	DispatchFigures count(AccessScope scope, @Nullable String region, LocalDate from, LocalDate to);
}
