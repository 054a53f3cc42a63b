package org.tsunagu.council;

import java.util.Map;
import java.util.UUID;

/**
 * Council meetings and actions in numbers; a council with nothing to count is absent from the count maps.
 *
 * @param councils council id → council name, every council within the scope
 * @param meetingsHeld council id → meetings held in the period
 * @param openActions council id → actions not done
 * @param overdueActions council id → actions not done whose due day has passed
 */
public record CouncilFigures(Map<UUID, String> councils, Map<UUID, Long> meetingsHeld, Map<UUID, Long> openActions,
		Map<UUID, Long> overdueActions) {

	public CouncilFigures {
		councils = Map.copyOf(councils);
		meetingsHeld = Map.copyOf(meetingsHeld);
		openActions = Map.copyOf(openActions);
		overdueActions = Map.copyOf(overdueActions);
	}

	public static CouncilFigures none() {
		return new CouncilFigures(Map.of(), Map.of(), Map.of(), Map.of());
	}
}
