package org.tsunagu.consultation;

import java.time.YearMonth;
import java.util.Map;

/**
 * Supervisor dispatches in numbers; keys with no dispatch are absent.
 *
 * @param total dispatches requested
 * @param byMonth month of the request → dispatches
 * @param byStatus where the dispatch stands now → dispatches
 * @param byRegion 圏域 → dispatches
 */
public record DispatchFigures(long total, Map<YearMonth, Long> byMonth, Map<DispatchStatus, Long> byStatus,
		Map<String, Long> byRegion) {

	public DispatchFigures {
		byMonth = Map.copyOf(byMonth);
		byStatus = Map.copyOf(byStatus);
		byRegion = Map.copyOf(byRegion);
	}
}
