package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A referral of a case to an institution.
 *
 * @param institutionId the institution of the institutions module, if it is one of them
 * @param institutionName the name (taken from the institution when its id is given)
 * @param reason why the case is referred
 * @param referredOn when
 * @param consentConfirmed the tick 「本人・家族の同意を確認した」, required when no registry child is linked
 */
public record ReferralInput(@Nullable UUID institutionId, @Nullable String institutionName, String reason,
		LocalDate referredOn, boolean consentConfirmed) {
}
