package org.tsunagu.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The referral to the 長野県移行期医療支援センター: when, who was contacted, and how it ended.
 */
public record TransitionReferralInput(LocalDate referredOn, @Nullable String contact, ReferralOutcome outcome,
		@Nullable LocalDate outcomeDate, @Nullable String notes) {
}
