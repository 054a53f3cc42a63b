package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request for a supervisor visit from an institution.
 *
 * @param requestedOn when the request came
 * @param requesterOrganisation the institution asking
 * @param requesterName who asked
 * @param place where the visit would be
 * @param regionName the 圏域 of the place
 * @param childId the registry child concerned, if any
 * @param topic the child or the topic the advice is wanted on
 * @param wantedDates the dates the institution proposes
 */
public record DispatchRequest(LocalDate requestedOn, String requesterOrganisation, String requesterName,
		String place, String regionName, @Nullable UUID childId, String topic, String wantedDates) {
}
