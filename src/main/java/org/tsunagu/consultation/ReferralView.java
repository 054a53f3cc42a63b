package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A referral as the case page and the API show it.
 *
 * @param id the referral's id
 * @param version the version, for optimistic locking
 * @param caseId the case referred
 * @param institutionId the institution, if it is one of the institutions module
 * @param institutionName the institution's name
 * @param reason why
 * @param referredOn when
 * @param consentBasis why sharing was allowed
 * @param outcome what came of it, if known
 * @param outcomeOn when the outcome came
 * @param outcomeNote notes on the outcome
 * @param overdue whether it still has no outcome after the configured number of days
 */
public record ReferralView(UUID id, long version, UUID caseId, @Nullable UUID institutionId, String institutionName,
		String reason, LocalDate referredOn, ConsentBasis consentBasis, @Nullable ReferralResult outcome,
		@Nullable LocalDate outcomeOn, @Nullable String outcomeNote, boolean overdue) {
}
