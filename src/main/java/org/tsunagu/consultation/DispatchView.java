package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A supervisor dispatch as its page, the lists and the API show it.
 *
 * @param id the dispatch's id
 * @param version the version, for optimistic locking
 * @param requestedOn when the request came
 * @param requesterOrganisation the institution asking
 * @param requesterName who asked
 * @param place where
 * @param regionName the 圏域
 * @param childId the registry child concerned, if any
 * @param topic what the advice is wanted on
 * @param wantedDates the dates the institution proposed
 * @param status where it stands
 * @param decisionComment the センター長's comment
 * @param decidedBy who decided
 * @param supervisorUserId the supervisor when a user (看護師)
 * @param supervisorName the supervisor's name (a user or an outside doctor)
 * @param supervisorKind 看護師 or 医師
 * @param visitOn the visit date
 * @param advice the visit record and the advice given
 * @param followUp the follow-up
 */
public record DispatchView(UUID id, long version, LocalDate requestedOn, String requesterOrganisation,
		String requesterName, String place, String regionName, @Nullable UUID childId, String topic, String wantedDates,
		DispatchStatus status, @Nullable String decisionComment, @Nullable String decidedBy,
		@Nullable UUID supervisorUserId, @Nullable String supervisorName, @Nullable SupervisorKind supervisorKind,
		@Nullable LocalDate visitOn, @Nullable String advice, @Nullable String followUp) {
}
