package org.tsunagu.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 紹介・つなぎ: referring a case to a 関係機関. Sharing is checked before anything leaves the center: a case
 * linked to a registry child needs the child's effective consent to share with 関係機関
 * ({@code registry.ConsentManagement}), otherwise the staff member confirms the family's consent with a tick.
 * Each referral and outcome is written on the case's timeline and in the audit log.
 */
public interface ReferralManagement {

	/**
	 * Refers a case.
	 *
	 * @throws org.tsunagu.registry.SharingNotConsentedException when the linked child's consents do not cover it
	 * @throws IllegalArgumentException when no child is linked and the consent tick is missing
	 */
	UUID refer(UUID caseId, ReferralInput input);

	/** The case's referrals, newest first. */
	List<ReferralView> referralsOf(UUID caseId);

	/** Records what came of a referral. */
	void recordOutcome(UUID caseId, UUID referralId, long version, ReferralResult outcome, LocalDate outcomeOn,
			@Nullable String note);

	/** Open referrals (no outcome) older than the configured number of days, in the caller's scope. */
	List<ReferralView> overdue();
}
